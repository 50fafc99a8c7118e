/**
 * Ready-to-paste account blocks built around generated credentials, one per file kind. Shared by
 * `asterisk-harden creds` and the editor's "Generate Strong SIP Credentials" command.
 * The ACL lines are placeholders the user must adapt: a deny-all first, then the one network
 * allowed (Asterisk's ACLs default to allow and the last match wins, reference §2.0).
 */
import { generateCredentials, secretBits, type GenerateOptions } from './generate';

export type CredentialFormat = 'sip' | 'pjsip' | 'iax' | 'manager';
export const CREDENTIAL_FORMATS: readonly CredentialFormat[] = ['sip', 'pjsip', 'iax', 'manager'];

export interface BlockOptions extends GenerateOptions {
  format?: CredentialFormat;
  /** Extension number the account is dialled as; adds the matching dialplan line. */
  extension?: string;
  /** Dialplan context for the account (default `internal`). */
  context?: string;
}

export interface CredentialBlock {
  format: CredentialFormat;
  /** The file the block belongs in (`sip.conf`, ...). */
  file: string;
  username: string;
  secret: string;
  bits: number;
  /** Config text ending with a newline. */
  text: string;
  /** extensions.conf line mapping the extension to the account, when an extension was given. */
  dialplan?: string;
}

const ACL_PLACEHOLDER = '192.0.2.0/255.255.255.0 ; placeholder: your phones\' network';

export function buildBlock(opts: BlockOptions = {}): CredentialBlock {
  const format = opts.format ?? 'pjsip';
  const { username, secret } = generateCredentials(opts);
  const context = opts.context ?? 'internal';
  const lines = builders[format](username, secret, context);
  const bits = secretBits(secret.length);
  const tech = format === 'pjsip' ? 'PJSIP' : format === 'sip' ? 'SIP' : format === 'iax' ? 'IAX2' : undefined;
  const dialplan = opts.extension !== undefined && tech ? `exten => ${opts.extension},1,Dial(${tech}/${username},25)` : undefined;
  return { format, file: FILES[format], username, secret, bits, text: lines.join('\n') + '\n', ...(dialplan ? { dialplan } : {}) };
}

const FILES: Record<CredentialFormat, string> = { sip: 'sip.conf', pjsip: 'pjsip.conf', iax: 'iax.conf', manager: 'manager.conf' };

const builders: Record<CredentialFormat, (u: string, s: string, ctx: string) => string[]> = {
  sip: (u, s, ctx) => [
    `[${u}]`,
    'type=friend',
    'host=dynamic',
    `defaultuser=${u}`,
    `secret=${s}`,
    `context=${ctx}`,
    'deny=0.0.0.0/0.0.0.0',
    `permit=${ACL_PLACEHOLDER}`,
  ],
  pjsip: (u, s, ctx) => [
    `[${u}]`,
    'type=endpoint',
    `context=${ctx}`,
    'disallow=all',
    'allow=ulaw,alaw',
    `auth=${u}`,
    `aors=${u}`,
    `acl=${u}-acl ; placeholder: define it in acl.conf (deny=0.0.0.0/0.0.0.0, permit=your network)`,
    '',
    `[${u}]`,
    'type=auth',
    'auth_type=userpass',
    `username=${u}`,
    `password=${s}`,
    '',
    `[${u}]`,
    'type=aor',
    'max_contacts=1',
  ],
  iax: (u, s, ctx) => [
    `[${u}]`,
    'type=friend',
    'host=dynamic',
    'auth=md5',
    `secret=${s}`,
    `context=${ctx}`,
    'requirecalltoken=yes',
    'deny=0.0.0.0/0.0.0.0',
    `permit=${ACL_PLACEHOLDER}`,
  ],
  manager: (u, s) => [
    `[${u}]`,
    `secret=${s}`,
    'deny=0.0.0.0/0.0.0.0',
    'permit=127.0.0.1/255.255.255.255 ; placeholder: the host that runs your AMI client',
    'read=call,reporting',
    'write=call',
  ],
};
