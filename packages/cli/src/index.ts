export {runCli, version} from './run-cli.ts'
export type {CliIO} from './io.ts'
