// npm run user:add -- --username <name> --role <viewer|analyst|editor|admin> [--display-name <text>]
//                     [--password-stdin] [--update]
// Creates a user (the first admin, typically). The password is read from stdin (--password-stdin) or
// asked for twice without echo; it is never taken from the command line, where ps and shell history
// would keep it, and never printed.
import { NewPassword } from '../auth/passwords';
import { Role, ROLES } from '../auth/roles';
import { createUser, DisplayName, listUsers, updateUser, Username } from '../auth/users';
import { openCommandDatabase } from './database';

const USAGE = `usage: npm run user:add -- --username <name> --role <${ROLES.join('|')}> [--display-name <text>] [--password-stdin] [--update]
  --password-stdin  read the password from standard input (e.g. from a secrets file)
  --update          change the password and role of an existing user
用法：npm run user:add -- --username admin --role admin（密码从标准输入读取或在提示时输入，不显示）`;

class UsageError extends Error {
  override name = 'UsageError';
}

interface Options {
  username: string;
  role: Role;
  displayName: string | undefined;
  passwordStdin: boolean;
  update: boolean;
}

function parseArgs(argv: string[]): Options {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (/^--password(=|$)/.test(arg)) {
      throw new UsageError(
        'Passwords are never taken from the command line (ps and shell history would keep them): use --password-stdin or answer the prompt. / 不接受命令行密码，请使用 --password-stdin 或按提示输入。',
      );
    }
    if (arg === '--password-stdin' || arg === '--update') flags.add(arg);
    else if (['--username', '--role', '--display-name'].includes(arg)) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} needs a value / ${arg} 缺少取值`);
      values.set(arg, value);
      i += 1;
    } else throw new UsageError(`unknown argument "${arg}" / 未知参数`);
  }
  const username = Username.safeParse(values.get('--username') ?? '');
  if (!username.success) throw new UsageError(`--username ${username.error.issues[0]?.message ?? 'is required'}`);
  const role = Role.safeParse(values.get('--role') ?? '');
  if (!role.success) throw new UsageError(`--role must be one of ${ROLES.join(', ')} / 角色无效`);
  const displayName = values.has('--display-name') ? DisplayName.safeParse(values.get('--display-name')) : undefined;
  if (displayName && !displayName.success) throw new UsageError('--display-name must be 1-100 characters / 显示名称为 1-100 个字符');
  return {
    username: username.data,
    role: role.data,
    displayName: displayName?.data,
    passwordStdin: flags.has('--password-stdin'),
    update: flags.has('--update'),
  };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // One trailing newline is the file's or the echo's, not the password's.
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/** Reads a line from the terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stderr.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let input = '';
    const finish = (error?: Error): void => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(input);
    };
    const onData = (text: string): void => {
      for (const char of text) {
        if (char === '\r' || char === '\n') return finish();
        if (char === '\u0003' || char === '\u0004') return finish(new UsageError('cancelled / 已取消'));
        if (char === '\u007f' || char === '\b') input = input.slice(0, -1);
        else input += char;
      }
    };
    stdin.on('data', onData);
  });
}

async function readPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin) return readStdin();
  if (!process.stdin.isTTY) throw new UsageError('No terminal to ask for the password: use --password-stdin / 无终端，请使用 --password-stdin');
  const first = await promptHidden('Password / 密码: ');
  const second = await promptHidden('Again / 再次输入: ');
  if (first !== second) throw new UsageError('The two passwords differ / 两次输入的密码不一致');
  return first;
}

async function main(): Promise<number> {
  let options: Options;
  let password: string;
  try {
    options = parseArgs(process.argv.slice(2));
    password = await readPassword(options.passwordStdin);
    const checked = NewPassword.safeParse(password);
    if (!checked.success) throw new UsageError(`password ${checked.error.issues[0]?.message ?? 'is not acceptable'}`);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`innochain user:add: ${error.message}\n${USAGE}`);
    return 2;
  }
  // Beside a running server (npm start), its database: the user must exist where people sign in.
  const db = await openCommandDatabase('user:add', process.argv.slice(2), (line) => console.log(`innochain user:add: ${line}`));
  try {
    const exists = (await listUsers(db)).some((u) => u.username === options.username);
    if (exists && !options.update) {
      console.error(`innochain user:add: user "${options.username}" exists; add --update to change its password and role / 用户已存在`);
      return 1;
    }
    const user = exists
      ? await updateUser(db, options.username, { password, role: options.role, displayName: options.displayName }, 'cli')
      : await createUser(db, { username: options.username, password, role: options.role, displayName: options.displayName }, 'cli');
    console.log(`innochain user:add: ${exists ? 'updated' : 'created'} user "${user.username}" (${user.role}) / 已${exists ? '更新' : '创建'}用户`);
    return 0;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`innochain user:add: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
