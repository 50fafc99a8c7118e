/** logger.conf `[logfiles]` channels: `name => [formatter]level,level,…`. */
import { firstSection, visibleSections } from '../config/query';
import type { AsteriskConfig, ConfigSection, ConfigVariable } from '../config/types';

export interface LogChannel {
  name: string;
  levels: string[];
  v: ConfigVariable;
  console: boolean;
}

/** The channels of every [logfiles] section (formatter prefix removed, levels lower-cased). */
export function logChannels(config: AsteriskConfig): LogChannel[] {
  const out: LogChannel[] = [];
  for (const s of visibleSections(config).filter((x) => x.key === 'logfiles')) {
    for (const v of s.variables) {
      const levels = v.value.replace(/^\s*\[[^\]]*\]/, '').split(',').map((l) => l.trim().toLowerCase()).filter(Boolean);
      out.push({ name: v.name, levels, v, console: v.key === 'console' });
    }
  }
  return out;
}

export function logfilesSection(config: AsteriskConfig): ConfigSection | undefined {
  return firstSection(config, 'logfiles');
}

export function hasLevel(c: LogChannel, level: string): boolean {
  return c.levels.includes(level) || c.levels.includes('*');
}
