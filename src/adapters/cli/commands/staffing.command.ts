// src/adapters/cli/commands/staffing.command.ts — `ccq staffing …` (Erlang calculator, simulation, plans, patience, plan vs actual) and `ccq forecast`

import type { Command } from 'commander';
import type { CliRuntime } from '../program.js';
import { registerCalculatorCommands, registerSimulateCommand } from './staffing-calculator.command.js';
import { registerDataCommands } from './staffing-plans.command.js';

export const registerStaffingCommands = (program: Command, rt: CliRuntime): void => {
  const staffing = program
    .command('staffing')
    .description('resource planning: Erlang C and A calculator, simulation, staffing plans, patience, plan vs actual');
  registerCalculatorCommands(staffing, rt);
  registerSimulateCommand(staffing, rt);
  registerDataCommands(program, staffing, rt);
};
