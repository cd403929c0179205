// src/adapters/imports/mapping-files.ts — loads a CSV mapping profile from a YAML or JSON file (or a shipped one by name) and validates it

import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { ZMappingProfile } from '../../contracts/mapping-profile.js';
import type { MappingProfile } from '../../domain/imports/csv/mapping-profile.js';
import { AppError } from '../../domain/shared/errors.js';

/** The profiles shipped in `mappings/`, usable by name (`--mapping vicidial-closer-log`). */
export const mappingsDir = fileURLToPath(new URL('../../../mappings/', import.meta.url));

export const shippedMappingPath = (name: string): string | null => {
  for (const ext of ['.yaml', '.yml', '.json']) {
    const p = join(mappingsDir, `${name}${ext}`);
    if (existsSync(p)) return p;
  }
  return null;
};

/** Parses and validates profile text; every wrong key is one issue named by its path. */
export const parseMappingProfile = (text: string, label: string, format: 'yaml' | 'json'): MappingProfile => {
  let raw: unknown;
  try {
    raw = format === 'json' ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    throw new AppError(
      'CCQ_ERR_VALIDATION',
      `${label} is not valid ${format.toUpperCase()}: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  const parsed = ZMappingProfile.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({
      path: [...i.path, ...('keys' in i && Array.isArray(i.keys) ? [i.keys.join(', ')] : [])].join('.') || '(root)',
      message: i.message,
    }));
    throw new AppError('CCQ_ERR_VALIDATION', `The mapping profile ${label} is not valid`, issues);
  }
  return parsed.data as MappingProfile;
};

/** A path to a profile file, or the name of a shipped one. */
export const loadMappingProfile = (ref: string): { profile: MappingProfile; path: string } => {
  const path = existsSync(ref) ? ref : shippedMappingPath(ref);
  if (path === null) throw new AppError('CCQ_ERR_NOT_FOUND', `No mapping file or shipped mapping named "${ref}"`);
  const format = extname(path).toLowerCase() === '.json' ? 'json' : 'yaml';
  return { profile: parseMappingProfile(readFileSync(path, 'utf8'), path, format), path };
};
