// LeadKit's sample page: plain JavaScript over the web API, no framework, nothing from a CDN.
'use strict';

const api = async (method, path, body) => {
  const response = await fetch(`/api${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const errors = data && data.errors ? Object.entries(data.errors).map(([k, v]) => `${k}: ${v.join(' ')}`).join('; ') : '';
    throw new Error(errors || (data && (data.detail || data.title)) || response.statusText);
  }
  return data;
};

const $ = (id) => document.getElementById(id);
const starText = (stars, max = 5) => '★'.repeat(stars) + '☆'.repeat(Math.max(0, max - stars));
const say = (text) => { $('status').textContent = text; };
let selectedLead = null;
let lastOperation = null;

async function loadLeads() {
  const filter = $('filter').value.trim();
  const page = await api('GET', `/leads?sort=name&pageSize=200${filter ? `&filter=${encodeURIComponent(filter)}` : ''}`);
  const body = $('leads').querySelector('tbody');
  body.replaceChildren(...page.items.map((lead) => {
    const row = document.createElement('tr');
    row.dataset.id = lead.id;
    const stars = page.stars[lead.id] ?? 0;
    row.innerHTML = `<td><input type="checkbox" class="pick" aria-label="Select"></td><td><a href="#" class="open"></a></td><td></td><td></td><td class="stars"></td>`;
    row.querySelector('.open').textContent = lead.name.fullName;
    if (lead.convertedTo) {
      const badge = document.createElement('span');
      badge.className = 'badge';
      badge.textContent = 'converted';
      row.children[1].append(' ', badge);
    }
    row.children[2].textContent = lead.companyName ?? '';
    row.children[3].textContent = lead.jobTitle ?? '';
    row.children[4].textContent = starText(stars);
    row.querySelector('.open').addEventListener('click', (e) => { e.preventDefault(); openLead(lead.id); });
    return row;
  }));
}

const pickedIds = () => [...document.querySelectorAll('#leads tbody tr')].filter((r) => r.querySelector('.pick').checked).map((r) => r.dataset.id);

// The criteria editor: every change saves a new profile version and re-scores every lead.
async function loadCriteria() {
  const profile = await api('GET', '/criteria');
  $('criteria-list').replaceChildren(...profile.criteria.map((c) => {
    const item = document.createElement('li');
    item.dataset.criterion = c.id;
    const weight = document.createElement('select');
    weight.className = 'weight';
    weight.setAttribute('aria-label', `Weight of ${c.description}`);
    for (const w of ['low', 'normal', 'high']) weight.append(new Option(w, w, false, w === c.weight));
    weight.addEventListener('change', () => guard(() => changeCriteria('PATCH', `/criteria/${c.id}`, { weight: weight.value })));
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'remove';
    remove.textContent = 'Remove';
    remove.addEventListener('click', () => guard(() => changeCriteria('DELETE', `/criteria/${c.id}`)));
    item.append(`${c.description} `, weight, ' ', remove);
    return item;
  }));
  return profile;
}

async function changeCriteria(method, path, body) {
  await api(method, path, body);
  await loadCriteria();
  await loadLeads();
  if (selectedLead) await openLead(selectedLead);
}

async function loadReports() {
  const reports = await api('GET', '/reports');
  const select = $('report-name');
  for (const option of [...select.querySelectorAll('option.saved')]) option.remove();
  for (const saved of reports.saved) {
    const option = new Option(`${saved.name} (saved)`, saved.name);
    option.className = 'saved';
    select.append(option);
  }
}

async function openLead(id) {
  selectedLead = id;
  const [lead, explanation, profile] = await Promise.all([api('GET', `/leads/${id}`), api('GET', `/leads/${id}/score`), api('GET', '/criteria')]);
  $('lead-detail').hidden = false;
  $('detail-name').textContent = lead.name.fullName;
  const fieldset = $('criteria');
  fieldset.replaceChildren(fieldset.querySelector('legend') ?? document.createElement('legend'));
  fieldset.querySelector('legend').textContent = 'Criteria';
  for (const c of profile.criteria.filter((c) => !c.rule)) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.dataset.criterion = c.id;
    box.checked = explanation.criteria.some((e) => e.id === c.id && e.met);
    box.addEventListener('change', () => toggleCriterion(c.id, box.checked));
    label.append(box, ` ${c.description}`);
    fieldset.append(label, document.createElement('br'));
  }
  showExplanation(explanation);
}

function showExplanation(explanation) {
  $('detail-stars').textContent = starText(explanation.stars, explanation.maxStars ?? 5);
  $('detail-stars').dataset.stars = explanation.stars;
  $('detail-score-type').textContent = explanation.scoreType === 'manual' ? '(manual)' : '(automatic)';
  $('explanation').textContent = explanation.criteria
    .map((c) => `${c.met ? '✔' : '✘'} ${c.description} (${c.weight}): ${c.contribution >= 0 ? '+' : ''}${c.contribution}`)
    .join('\n');
}

// Manual stars override the computed score; "Automatic" switches back.
$('manual-stars').addEventListener('click', (e) => guard(async () => {
  const button = e.target.closest('button');
  if (!button || !selectedLead) return;
  const stars = button.dataset.stars === 'auto' ? null : Number(button.dataset.stars);
  showExplanation(await api('PUT', `/leads/${selectedLead}/manual-score`, { stars }));
  await loadLeads();
}));

async function toggleCriterion(criterion, checked) {
  const explanation = await api(checked ? 'PUT' : 'DELETE', `/leads/${selectedLead}/checks/${criterion}`);
  showExplanation(explanation);
  await loadLeads();
}

$('filter-form').addEventListener('submit', async (e) => { e.preventDefault(); await guard(loadLeads); });
$('select-all').addEventListener('change', (e) => document.querySelectorAll('.pick').forEach((b) => { b.checked = e.target.checked; }));

$('lead-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  $('lead-error').textContent = '';
  try {
    const email = $('lead-email').value.trim();
    const lead = await api('POST', '/leads', { name: $('lead-name').value, company: $('lead-company').value || null, emails: email ? [email] : [] });
    $('lead-form').reset();
    await loadLeads();
    await openLead(lead.id);
    say(`Added ${lead.name.fullName}.`);
  } catch (error) {
    $('lead-error').textContent = error.message;
  }
});

$('criterion-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  await guard(async () => {
    await api('POST', '/criteria', { description: $('criterion-description').value, weight: $('criterion-weight').value });
    $('criterion-form').reset();
    await loadCriteria();
    await loadLeads();
    if (selectedLead) await openLead(selectedLead);
  });
});

$('bulk-apply').addEventListener('click', () => guard(async () => {
  const ids = pickedIds();
  if (ids.length === 0) { say('Select leads first.'); return; }
  const value = $('bulk-value').value;
  const result = await api('POST', '/bulk-edit', { ids, edits: [{ field: $('bulk-field').value, op: value ? 'set' : 'clear', value: value || null }] });
  lastOperation = result.operation;
  $('bulk-undo').hidden = !lastOperation;
  $('operation-result').textContent = `Bulk edit: ${result.changed} changed, ${result.unchanged} unchanged, ${result.failed.length} failed.`;
  await loadLeads();
}));

$('bulk-undo').addEventListener('click', () => guard(async () => {
  const result = await api('POST', `/operations/${lastOperation}/undo`);
  $('operation-result').textContent = `Undone: ${result.changed} restored.`;
  $('bulk-undo').hidden = true;
  await loadLeads();
}));

$('convert').addEventListener('click', () => guard(async () => {
  const ids = pickedIds();
  if (ids.length === 0) { say('Select leads first.'); return; }
  const result = await api('POST', '/convert', { ids });
  $('operation-result').textContent = `Converted ${result.converted.length} lead(s) into business contacts.`;
  await loadLeads();
}));

$('import-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const file = $('import-file').files[0];
  if (!file) { say('Choose a file first.'); return; }
  const form = new FormData();
  form.append('file', file);
  const request = new XMLHttpRequest();
  request.open('POST', '/api/import');
  request.upload.addEventListener('progress', (p) => { if (p.lengthComputable) $('import-progress').value = (100 * p.loaded) / p.total; });
  request.addEventListener('load', async () => {
    $('import-progress').value = 100;
    const data = JSON.parse(request.responseText || '{}');
    $('import-result').textContent = request.status === 200
      ? `${data.rows} rows: ${data.imported} imported, ${data.merged} merged, ${data.skipped} skipped, ${data.rejected.length} rejected.`
      : `Import failed: ${data.detail || data.title}`;
    await loadLeads();
  });
  request.send(form);
});

$('report-run').addEventListener('click', () => guard(async () => {
  const filter = $('report-filter').value.trim();
  const report = await api('GET', `/reports/${encodeURIComponent($('report-name').value)}${filter ? `?filter=${encodeURIComponent(filter)}` : ''}`);
  $('report-title').textContent = `${report.name}: ${report.total} lead(s)`;
  drawChart(report.groups.map((g) => ({ label: g.key, count: g.count })));
}));

function drawChart(bars) {
  const svg = $('report-chart');
  const ns = 'http://www.w3.org/2000/svg';
  const max = Math.max(1, ...bars.map((b) => b.count));
  const height = 22;
  svg.setAttribute('height', Math.max(40, bars.length * (height + 6)));
  svg.replaceChildren(...bars.flatMap((bar, i) => {
    const y = i * (height + 6);
    const rect = document.createElementNS(ns, 'rect');
    rect.setAttribute('x', 180); rect.setAttribute('y', y); rect.setAttribute('height', height);
    rect.setAttribute('width', Math.max(2, (420 * bar.count) / max));
    rect.classList.add('bar');
    const label = document.createElementNS(ns, 'text');
    label.setAttribute('x', 0); label.setAttribute('y', y + 15);
    label.textContent = `${bar.label}: ${bar.count}`;
    return [label, rect];
  }));
}

async function guard(work) {
  try { await work(); } catch (error) { say(error.message); }
}

$('report-save').addEventListener('click', () => guard(async () => {
  const name = $('report-save-name').value.trim();
  const filter = $('report-filter').value.trim();
  await api('POST', '/reports', { name, from: $('report-name').value, filter: filter || null });
  await loadReports();
  $('report-name').value = name;
  say(`Saved report '${name}'.`);
}));

guard(async () => { await loadCriteria(); await loadLeads(); await loadReports(); });
