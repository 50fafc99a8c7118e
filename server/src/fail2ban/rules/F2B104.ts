import type { Rule } from '../../engine/rule';
import type { RawFinding } from '../../engine/types';
import { filterFiles } from '../config/filter';
import type { Fail2banModel } from '../model';
import { ownedJails, pointAt, whereSet } from './shared';

/** Whether any base directory has a `<sub>/` directory: without one, nothing can be said to be missing. */
export function hasDir(model: Fail2banModel, sub: string): boolean {
  return model.env.dirs.bases.some((b) => model.env.dirs.fs.isDirectory(`${b}/${sub}`));
}

export const F2B104: Rule<Fail2banModel> = {
  meta: { id: 'F2B104', slug: 'filter-not-found', severity: 'error', title: '`filter =` names no filter in the workspace or the configured fail2ban dir', p1: true },
  check(model) {
    const out: RawFinding[] = [];
    if (!hasDir(model, 'filter.d')) return out;
    for (const o of ownedJails(model)) {
      const f = o.jail.get('filter');
      if (!o.jail.enabled && f?.setBy?.file !== model.file) continue;
      const spec = o.jail.filterSpec();
      if (!spec) continue;
      if (spec.error) {
        out.push({ message: `filter value of [${o.jail.name}] cannot be read by fail2ban (${spec.error}); the jail is skipped. Write name[opt=value, …].`, range: pointAt(model, o, f) });
        continue;
      }
      if (filterFiles(spec.name, model.env.dirs).files.length) continue;
      out.push({
        message: `Jail [${o.jail.name}] uses filter '${spec.name}' (${whereSet(model, f)}) but no filter.d/${spec.name}.conf or .local exists in ${model.env.dirs.bases.join(' or ')}: fail2ban refuses the jail ("Unable to read the filter"), so nothing is banned. Fix the name or add the filter.`,
        range: pointAt(model, o, f),
      });
    }
    return out;
  },
};
