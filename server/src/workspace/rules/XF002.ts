import type { CrossFileRule } from '../../engine/rule';
import type { Fix, RawFinding } from '../../engine/types';
import { rtpRange } from '../facts/asterisk';
import { cmdRange, commentOf, dportTok, inputRules, isAccept, tokRange } from '../facts/firewall';
import { serverView } from '../view';
import { at } from './edits';

/** Narrower port ranges are SIP or single services; RTP ranges span hundreds or thousands of ports. */
const MIN_RTP_SPAN = 100;

export const XF002: CrossFileRule = {
  meta: {
    id: 'XF002',
    slug: 'rtp-range-mismatch',
    severity: 'warning',
    title: "Firewall RTP port range differs from rtp.conf rtpstart-rtpend",
    fix: 'review',
  },
  languages: ['shellscript', 'iptables'],
  check(file, ctx) {
    const view = serverView(file, ctx);
    // Without rtp.conf in the workspace the server's range is unknown (the sample sets 10000-20000, the code 5000-31000).
    const rtp = view.asterisk('rtp.conf');
    const fw = view.firewall().find((f) => f.file === file.doc.file);
    if (!rtp || !fw) return [];
    const want = rtpRange(rtp);
    const out: RawFinding[] = [];
    for (const r of inputRules(fw)) {
      if (!isAccept(r) || r.ps.opaque || r.ps.proto !== 'udp' || !r.ps.dport || r.ps.dport.length !== 1) continue;
      const [lo, hi] = r.ps.dport[0];
      const saysRtp = /\b(rtp|media|audio)\b/i.test(commentOf(r.cmd) ?? '');
      if (!(saysRtp || hi - lo >= MIN_RTP_SPAN) || (lo <= 1 && hi >= 65535)) continue;
      if (lo === want.start && hi === want.end) continue;
      const missing = lo > want.start || hi < want.end;
      const tok = dportTok(r.cmd);
      const fixes: Fix[] = [];
      if (tok && !tok.quoted && !tok.text.includes(',')) fixes.push({ title: `Open ${want.start}:${want.end} (rtp.conf)`, kind: 'review', edits: [{ file: fw.file, range: tokRange(fw, tok), newText: `${want.start}:${want.end}` }] });
      out.push({
        message: missing
          ? `This rule opens UDP ${lo}:${hi} for RTP, but Asterisk picks media ports from ${want.start} to ${want.end} (rtp.conf, ${at(want.at.file, want.at.range.start.line)}): calls that get a port outside ${lo}:${hi} have one-way or no audio. Open ${want.start}:${want.end}, or narrow rtpstart/rtpend to match.`
          : `This rule opens UDP ${lo}:${hi} for RTP, wider than the ${want.start}-${want.end} Asterisk uses (rtp.conf, ${at(want.at.file, want.at.range.start.line)}): the extra ports are open for nothing. Open ${want.start}:${want.end}.`,
        range: tok ? tokRange(fw, tok) : cmdRange(fw, r.cmd),
        related: [{ file: want.at.file, range: want.at.range, message: `rtp.conf: RTP ports ${want.start}-${want.end}` }],
        fixes,
      });
    }
    return out;
  },
};
