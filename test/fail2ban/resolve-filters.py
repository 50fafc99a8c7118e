#!/usr/bin/env python3
"""Dumps filters as fail2ban itself resolves them (FilterReader.convert), for the conformance test.

stdin: JSON list of [filterName, basedir, opts]; stdout: JSON list of
{prefregex, failregex: [...], ignoreregex: [...], maxlines, datepattern} (or {error}).
Used only by tests: it separates the regex/date/tester layer (checked here) from the config
reader (checked by its own tests)."""
import json, sys
from fail2ban.client.filterreader import FilterReader

out = []
share = {}
for name, basedir, opts in json.load(sys.stdin):
    try:
        r = FilterReader(name, "jail", dict(opts), basedir=basedir, share_config=share)
        r.read(); r.getOptions({})
        d = {'failregex': [], 'ignoreregex': []}
        for opt in r.convert():
            vals = opt[3] if opt[0] == 'multi-set' else [opt[3]]
            for v in vals:
                if opt[2] == 'prefregex': d['prefregex'] = v
                elif opt[2] == 'addfailregex': d['failregex'].append(v)
                elif opt[2] == 'addignoreregex': d['ignoreregex'].append(v)
                elif opt[2] == 'maxlines': d['maxlines'] = int(v)
                elif opt[2] == 'datepattern': d['datepattern'] = v
        out.append(d)
    except Exception as e:
        out.append({'error': repr(e)})
json.dump(out, sys.stdout)
