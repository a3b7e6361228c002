import './zodConfig';
import { runCli } from './cli';
import { exitWhenFlushed } from './exit';

void runCli(process.argv.slice(2)).then(exitWhenFlushed);
