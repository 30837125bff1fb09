import { loadCatalog } from '../../src/node/index.js';
import { checkJobDescription } from '../../src/jd/check.js';
import { textIn } from '../../src/model/text.js';
import { normalize, tokenize } from '../../src/match/tokens.js';
import { median, time } from './util.js';

// The shipped catalog, read from disk (the embedded copy needs the build's virtual module).
const { catalog } = loadCatalog('roles');

const NOISE_ZH = [
  '工作地点:上海',
  '薪资面议,五险一金',
  '有相关行业经验者优先',
  '具备良好的团队合作精神',
  '能适应快节奏的工作环境',
];
const NOISE_EN = [
  'Location: Shanghai',
  'Competitive salary and benefits',
  'Experience in a related industry is a plus',
  'Works well in a team',
  'Comfortable with a fast pace',
];

/** 1,000 JDs of about 2 KB, built from the catalog's roles (both languages, duties, requirements, KPIs) plus filler. */
export function generateJds(n: number): string[] {
  const roles = catalog.list();
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = roles[i % roles.length]!;
    const zh = i % 2 === 0;
    const lang = zh ? 'zh' : 'en';
    const lines = [`# ${textIn(r.title, lang)}`, '', zh ? '## 岗位职责' : '## Responsibilities'];
    (r.duties ?? []).forEach((d, k) =>
      lines.push(`${k + 1}. ${textIn(d.title, lang)}: ${textIn(d.description, lang)}`),
    );
    lines.push('', zh ? '## 任职要求' : '## Requirements');
    const y = r.qualifications?.experience?.years?.min ?? 1;
    lines.push(zh ? `- ${y}年以上相关工作经验` : `- ${y}+ years of relevant experience`);
    for (const s of r.qualifications?.skills ?? []) lines.push(`- ${catalog.label('skills', s.ref, lang)}`);
    lines.push('', zh ? '## 考核指标' : '## KPIs');
    for (const k of r.kpis ?? []) lines.push(`- ${catalog.label('kpis', k.ref, lang)}`);
    lines.push('', zh ? '## 其他' : '## Other');
    const noise = zh ? NOISE_ZH : NOISE_EN;
    let text = lines.join('\n');
    for (let k = 0; text.length < (zh ? 1100 : 2000); k++) text += `\n- ${noise[(i + k) % noise.length]}`;
    out.push(text);
  }
  return out;
}

/** Issue 13: check-jd --role auto at 1,500 JDs a second or more, on one core. */
const TARGET_JDS_PER_SECOND = 1500;

/** check-jd --role auto over 1,000 JDs against the whole catalog; baseline: segmenting the same texts once. */
export function benchJd(): boolean {
  const jds = generateJds(1000);
  const bytes = jds.reduce((s, t) => s + Buffer.byteLength(t), 0);
  for (const t of jds.slice(0, 50)) checkJobDescription(t, catalog, { role: 'auto' });
  const base: number[] = [];
  const ours: number[] = [];
  for (let round = 0; round < 3; round++) {
    // Fresh strings each round so the segmentation cache cannot answer for either side.
    const texts = jds.map((t) => `${t}\n<!-- ${round} -->`);
    base.push(
      time(() => {
        for (const t of texts) for (const line of t.split('\n')) tokenize(normalize(`${line} ${round}`));
      }),
    );
    ours.push(
      time(() => {
        for (const t of texts) checkJobDescription(t, catalog, { role: 'auto' });
      }),
    );
  }
  const b = median(base);
  const o = median(ours);
  const perSecond = (jds.length / o) * 1000;
  console.log(
    `job descriptions: ${jds.length} JDs, ${(bytes / jds.length / 1024).toFixed(1)} KB each on average, --role auto over ${catalog.roles.size} roles, one thread, median of 3 rounds`,
  );
  console.log(`  segmenting every line (baseline)   ${b.toFixed(0)} ms`);
  console.log(`  checkJobDescription, auto          ${o.toFixed(0)} ms   ratio ${(o / b).toFixed(2)}x`);
  console.log(
    `  throughput                         ${perSecond.toFixed(0)} JDs/s   (target >= ${TARGET_JDS_PER_SECOND}) ${perSecond >= TARGET_JDS_PER_SECOND ? 'OK' : 'UNDER TARGET'}`,
  );
  return perSecond >= TARGET_JDS_PER_SECOND;
}
