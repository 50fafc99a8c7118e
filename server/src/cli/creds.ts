import { CREDENTIAL_FORMATS, buildBlock, type CredentialFormat } from '../credentials/blocks';
import { MIN_SECRET_LENGTH, MIN_USERNAME_LENGTH } from '../credentials/generate';
import { EXIT_OK, EXIT_USAGE, UsageError, type CliCommand, type CliIO } from './io';

const USAGE = `asterisk-harden creds [--json] [--format sip|pjsip|iax|manager] [--username-length N] [--secret-length N] [--extension N]

Prints a ready account block with a generated username (>= ${MIN_USERNAME_LENGTH}, default 12 characters)
and secret (>= ${MIN_SECRET_LENGTH}, default 24 characters, about 147 bits), from a CSPRNG.
  --format            file kind of the block (default pjsip)
  --username-length   username length, at least ${MIN_USERNAME_LENGTH}
  --secret-length     secret length, at least ${MIN_SECRET_LENGTH}
  --extension         extension number the account is dialled as (adds the extensions.conf line)
  --json              print {format, file, username, secret, bits, block, dialplan} as JSON`;

interface CredsArgs {
  json: boolean;
  format: CredentialFormat;
  usernameLength?: number;
  secretLength?: number;
  extension?: string;
}

export function parseCredsArgs(argv: string[]): CredsArgs {
  const out: CredsArgs = { json: false, format: 'pjsip' };
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    let value: string | undefined;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      value = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    const next = (): string => {
      if (value !== undefined) return value;
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    switch (arg) {
      case '--json': out.json = true; break;
      case '--format': {
        const f = next();
        if (!(CREDENTIAL_FORMATS as readonly string[]).includes(f)) throw new UsageError(`--format must be one of ${CREDENTIAL_FORMATS.join(', ')} (got "${f}")`);
        out.format = f as CredentialFormat;
        break;
      }
      case '--username-length': out.usernameLength = length(arg, next(), MIN_USERNAME_LENGTH); break;
      case '--secret-length': out.secretLength = length(arg, next(), MIN_SECRET_LENGTH); break;
      case '--extension': {
        const e = next();
        if (!/^[0-9*#+]{1,20}$/.test(e)) throw new UsageError(`--extension must be a dialable number (digits, *, #, +), got "${e}"`);
        out.extension = e;
        break;
      }
      default: throw new UsageError(`unknown argument "${argv[i]}"`);
    }
  }
  return out;
}

function length(flag: string, v: string, min: number): number {
  if (!/^[0-9]{1,4}$/.test(v)) throw new UsageError(`${flag} must be a whole number, got "${v}"`);
  const n = Number(v);
  if (n < min) throw new UsageError(`${flag} must be at least ${min} (the hardening guide's minimum), got ${n}`);
  if (n > 256) throw new UsageError(`${flag} must be at most 256, got ${n}`);
  return n;
}

export const credsCommand: CliCommand = {
  name: 'creds',
  summary: 'Generate a strong account (username + secret) as a ready sip/pjsip/iax/manager block',
  usage: USAGE,
  async run(argv: string[], io: CliIO): Promise<number> {
    if (argv.includes('--help') || argv.includes('-h')) {
      io.stdout(USAGE + '\n');
      return EXIT_OK;
    }
    let args: CredsArgs;
    try {
      args = parseCredsArgs(argv);
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      io.stderr(`asterisk-harden creds: ${err.message}\n${USAGE}\n`);
      return EXIT_USAGE;
    }
    const b = buildBlock({ format: args.format, usernameLength: args.usernameLength, secretLength: args.secretLength, extension: args.extension });
    if (args.json) {
      io.stdout(JSON.stringify({ format: b.format, file: b.file, username: b.username, secret: b.secret, bits: b.bits, block: b.text, ...(b.dialplan ? { dialplan: b.dialplan } : {}) }, null, 2) + '\n');
      return EXIT_OK;
    }
    let out = `; ${b.file}: generated account (secret: ${b.secret.length} characters, about ${b.bits} bits)\n${b.text}`;
    if (b.dialplan) out += `\n; extensions.conf\n${b.dialplan}\n`;
    io.stdout(out);
    return EXIT_OK;
  },
};
