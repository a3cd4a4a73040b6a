// "Do no harm" warning while typing: under every text field and text area of a Camunda Form, a warning shows
// while the text looks like personal data: a name next to survivor/victim/witness/informant (English or French),
// a phone number, an e-mail address, or a day-level date with a named place. This is a simplified copy of the
// server's rules, for convenience only: the server (org.wps.commitments.input.PersonalDataCheck) is the
// authority and refuses what it flags unless the person ticks "I have checked: no personal data" on a form that
// has that box. Without a Camunda Form on the page, this script does nothing.
const WARNING_CLASS = 'wps-personal-data-warning';

const ROLE = /^(?:(?:victim|survivor|witness|informant|complainant)(?:s|es)?|(?:victime|survivante|survivant|témoin|temoin|plaignante|plaignant)s?)$/;
const TITLES = new Set(('mr mrs ms miss mister dr mme mlle madame monsieur mademoiselle m captain capt colonel col '
  + 'lieutenant lt major sergeant sgt corporal commander brigadier capitaine sergent caporal commandant').split(' '));
const LINKING = new Set(('is was were are been a an the who whose named called known as alias aged age years year '
  + 'old year-old his her their its name also est était la le les l un une qui dont nommé nommée dénommé dénommée '
  + 'appelé appelée dit dite âgé âgée ans nom son sa ses leur , ( ) : - – — " “ ” « » \'').split(' '));
const NOT_NAMES = new Set(('the a an this that these those she he they we i it her his their our its one two three '
  + 'some many most all several each both no none other another such any every after before during while when '
  + 'where since although however according following among also there here in at on of for with from by to and '
  + 'but or as if not le la les un une des du de elle il ils elles nous ce cette ces son sa ses leur leurs selon '
  + 'après avant pendant dans plusieurs chaque et mais ou woman women girl girls man men boy boys child children '
  + 'femme femmes fille filles enfant enfants family famille senior women\'s protection adviser advisers advisor '
  + 'ministry minister defence defense interior justice gender police army forces force armed national government '
  + 'office committee commission council mission united nations security special representative secretary general '
  + 'president republic chief staff head deputy court tribunal military prosecutor unit centre center services '
  + 'service support hospital clinic programme program plan action joint communiqué agreement workshop team task '
  + 'department directorate human rights legal aid board panel high level focal point network fund agency division '
  + 'ministère défense conseillère conseiller armées nationale gouvernement bureau comité président république chef '
  + 'procureur conseil équipe accord violence sexual conflict resolution report annex order code commitment party '
  + 'mara camp january february march april may june july august september october november december jan feb mar '
  + 'apr jun jul aug sep sept oct nov dec janvier février mars avril mai juin juillet août septembre octobre '
  + 'novembre décembre monday tuesday wednesday thursday friday saturday sunday today yesterday').split(' '));

const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december|janvier'
  + '|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre'
  + '|(?:sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\\.?)';
const DAY_DATE = new RegExp('(?<![\\d\\-/.])\\d{4}-\\d{1,2}-\\d{1,2}(?![\\d\\-])'
  + '|(?<![\\d\\-/.])\\d{1,2}[/.\\-]\\d{1,2}[/.\\-](?:\\d{4}|\\d{2})(?![\\d\\-/])'
  + '|(?<![\\p{L}\\d])\\d{1,2}(?:st|nd|rd|th|er)?\\s+(?:of\\s+)?' + MONTH + '(?!\\p{L})(?:,?\\s+\\d{4})?'
  + '|(?<!\\p{L})' + MONTH + '\\s+\\d{1,2}(?:st|nd|rd|th)?(?![\\d\\p{L}])(?:,?\\s+\\d{4})?', 'iu');
const PLACE = /(?<!\p{L})(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Aa]round|[àÀ]|[Pp]rès de|[Dd]ans)\s+(?:(?:the|la|le)\s+)?(?:(?:village|town|city|county|district|area|market|ville|camp)\s+(?:(?:of|de)\s+)?)?(\p{Lu}\p{Ll}[\p{L}\p{M}'’\-]*)/gu;
const EMAIL = /[\w.+\-]+@[\p{L}\d\-]+(?:\.[\p{L}\d\-]+)+/gu;
const NOT_PHONES = [
  /(?<!\d|\d[/.\-])\d{4}-\d{1,2}-\d{1,2}(?!\d|[/.\-]\d)/g,
  /(?<!\d|\d[/.\-])\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}(?!\d|[/.\-]\d)/g,
  /(?<!\d)(?:19|20)\d{2}\s*[-–/]\s*(?:19|20)?\d{2}(?!\d)/g,
  /\(\s*(?:19|20)\d{2}\s*\)/g,
  /(?<![\p{L}\d])\p{L}[\p{L}\d]*(?:[-/_][\p{L}\d]+)*[-/_]\d[\p{L}\d/_\-]*/gu,
  /(?:USD|US\$|EUR|GBP|CHF|SSP|XOF|XAF|CDF|\$|€|£)\s?\d[\d,.' ]*\d/gi,
  /\d[\d,.' ]*\d\s?(?:USD|EUR|GBP|CHF|SSP|XOF|XAF|CDF|dollars|euros|francs)\b/gi,
  /\d+(?:[.,]\d+)?\s?%/g
];
const PHONE = /(?<![\p{L}\d+(])(?:\(?\+)?[\d(][\d ().\-]{6,}[\d)]/gu;

function tokens(text) {
  const result = [];
  let previous = null;
  let previousEnd = 0;
  for (const m of text.matchAll(/[\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+)*|\d+|[^\s\p{L}\p{M}\d]/gu)) {
    const word = m[0];
    const abbreviation = previous === '.' && result.length >= 2 && TITLES.has(result[result.length - 2].lower);
    const sentenceStart = previous === null || text.slice(previousEnd, m.index).includes('\n')
      || /^[!?;•]$/.test(previous) || (previous === '.' && !abbreviation);
    result.push({
      text: word, lower: word.toLowerCase(), start: m.index, end: m.index + word.length, sentenceStart,
      capitalised: word.length > 1 && /\p{Lu}/u.test(word[0]) && /\p{Ll}/u.test(word[1])
    });
    previous = word;
    previousEnd = m.index + word.length;
  }
  return result;
}

function isRole(word) {
  return ROLE.test(word.toLowerCase().replace(/['’]s?$/, ''));
}

function nameWord(t) {
  return t.capitalised && !NOT_NAMES.has(t.lower) && !TITLES.has(t.lower) && !isRole(t.text);
}

function isTitle(ts, i) {
  const t = ts[i];
  return /\p{Lu}/u.test(t.text[0]) && TITLES.has(t.lower)
    && (t.lower !== 'm' || (i + 1 < ts.length && ts[i + 1].text === '.'));
}

function extendForward(ts, i) {
  let end = i;
  while (end + 1 < ts.length && end - i < 2 && !ts[end + 1].sentenceStart && nameWord(ts[end + 1])) {
    end++;
  }
  return end;
}

function nameStartingAt(ts, i) {
  if (isTitle(ts, i)) {
    let j = i + 1;
    if (j < ts.length && ts[j].text === '.') {
      j++;
    }
    return j < ts.length && nameWord(ts[j]) ? extendForward(ts, j) : -1;
  }
  if (!nameWord(ts[i])) {
    return -1;
  }
  const end = extendForward(ts, i);
  return ts[i].sentenceStart && end === i ? -1 : end;
}

function nameEndingAt(ts, i) {
  if (!nameWord(ts[i])) {
    return -1;
  }
  let begin = i;
  while (begin > 0 && i - begin < 2 && !ts[begin].sentenceStart && nameWord(ts[begin - 1])) {
    begin--;
  }
  if (begin > 0 && isTitle(ts, begin - 1)) {
    return begin - 1;
  }
  if (begin > 1 && ts[begin - 1].text === '.' && isTitle(ts, begin - 2)) {
    return begin - 2;
  }
  return ts[begin].sentenceStart && begin === i ? -1 : begin;
}

function namesNearRoles(text, findings) {
  const ts = tokens(text);
  ts.forEach((role, r) => {
    if (!isRole(role.text) || (role.capitalised && !role.sentenceStart)) {
      return;
    }
    let linking = 0;
    for (let i = r + 1; i < ts.length && !ts[i].sentenceStart; i++) {
      const end = nameStartingAt(ts, i);
      if (end >= 0) {
        findings.push([text.slice(role.start, ts[end].end), 'a name next to “' + role.text + '”', role.start]);
        break;
      }
      if (!LINKING.has(ts[i].lower) || ++linking > 3) {
        break;
      }
    }
    linking = 0;
    for (let i = r - 1; i >= 0 && !role.sentenceStart; i--) {
      const begin = nameEndingAt(ts, i);
      if (begin >= 0) {
        findings.push([text.slice(ts[begin].start, role.end), 'a name next to “' + role.text + '”', ts[begin].start]);
        break;
      }
      if (ts[i].sentenceStart || !LINKING.has(ts[i].lower) || ++linking > 3) {
        break;
      }
    }
  });
}

function phonesAndEmails(text, findings) {
  let masked = text;
  const blank = (m) => {
    masked = masked.slice(0, m.index) + '#'.repeat(m[0].length) + masked.slice(m.index + m[0].length);
  };
  for (const m of text.matchAll(EMAIL)) {
    findings.push([m[0], 'an e-mail address', m.index]);
    blank(m);
  }
  for (const pattern of NOT_PHONES) {
    for (const m of masked.matchAll(pattern)) {
      blank(m);
    }
  }
  for (const m of masked.matchAll(PHONE)) {
    let candidate = text.slice(m.index, m.index + m[0].length);
    const opens = (candidate.match(/\(/g) || []).length;
    const closes = (candidate.match(/\)/g) || []).length;
    if (candidate.endsWith(')') && opens < closes) {
      candidate = candidate.slice(0, -1);
    } else if (candidate.startsWith('(') && candidate.endsWith(')') && opens === 1 && closes === 1) {
      candidate = candidate.slice(1, -1);
    }
    const digits = candidate.replace(/\D/g, '').length;
    if (digits >= 8 && digits <= 15 && !candidate.includes('  ')) {
      findings.push([candidate, 'a phone number', m.index]);
    }
  }
}

function datesWithPlaces(text, findings) {
  let offset = 0;
  for (const sentence of text.split(/(?<!\b(?:Mr|Mrs|Ms|Dr|M|St|No|Mme|Mlle))(?<=[.!?])\s+|\n/)) {
    const date = DAY_DATE.exec(sentence);
    const place = date && [...sentence.matchAll(PLACE)].find((p) => !NOT_NAMES.has(p[1].toLowerCase()));
    if (place) {
      const first = Math.min(date.index, place.index);
      const last = Math.max(date.index + date[0].length, place.index + place[0].length);
      const excerpt = last - first <= 90 ? sentence.slice(first, last) : date[0] + ' … ' + place[0];
      findings.push([excerpt, 'an exact date with a place', offset + first]);
    }
    offset += sentence.length + 1;
  }
}

/** What looks like personal data in the text: [excerpt, why] pairs in reading order. */
function scan(text) {
  const findings = [];
  if (!text || !text.trim()) {
    return findings;
  }
  namesNearRoles(text, findings);
  phonesAndEmails(text, findings);
  datesWithPlaces(text, findings);
  const seen = new Set();
  return findings
    .sort((a, b) => a[2] - b[2])
    .filter((f) => !seen.has(f[0]) && seen.add(f[0]))
    .map((f) => [f[0], f[1]]);
}

function isNarrative(field) {
  // every free text a person types is checked by the server (org.wps.commitments.input.Input), so every text
  // field and text area gets the hint
  return !!field.matches && field.matches('.fjs-container textarea, .fjs-container input[type="text"]');
}

function hasConfirmationBox(field) {
  const form = field.closest('.fjs-container');
  return !!form && form.textContent.includes('I have checked: no personal data');
}

function showWarning(field) {
  const container = field.closest('.fjs-form-field');
  if (!container) {
    return;
  }
  let warning = container.querySelector('.' + WARNING_CLASS);
  const findings = scan(field.value);
  if (findings.length === 0) {
    if (warning) {
      warning.remove();
    }
    return;
  }
  if (!warning) {
    warning = document.createElement('div');
    warning.className = WARNING_CLASS;
    warning.setAttribute('aria-live', 'polite');
    warning.style.cssText = 'margin-top:4px;padding:6px 8px;border-left:4px solid #b94a48;'
      + 'background:#fdf2f2;color:#7a1f1d;font-size:13px;';
    container.appendChild(warning);
  }
  const quoted = findings.slice(0, 5).map(([excerpt, why]) => '“' + excerpt + '” (' + why + ')').join(', ');
  warning.textContent = 'This looks like personal data: ' + quoted + '. Never record survivor, witness or '
    + 'informant identities, contact details, or incident dates and places here: keep them in MARA and store only '
    + 'its reference. '
    + (hasConfirmationBox(field)
      ? 'If it is not personal data, tick “I have checked: no personal data”.'
      : 'If it is not personal data, reword it: this form has no box to confirm it.');
}

function check(event) {
  try {
    if (event.target && isNarrative(event.target)) {
      showWarning(event.target);
    }
  } catch (e) {
    // a convenience must never break the form; the server still checks every narrative
  }
}

if (typeof document !== 'undefined') {
  document.addEventListener('input', check, true);
  document.addEventListener('focusin', check, true);
}
