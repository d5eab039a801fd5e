// The supplier portal: a warning before leaving with unsaved answers, and a file that is too
// large refused in the browser before the form (and what was typed) is sent. The form works
// without this file: every button saves the typed answers first.
(function () {
  'use strict';
  const form = document.getElementById('portal-answers');
  if (!form) return;
  let dirty = false;
  let sending = false;
  form.addEventListener('input', () => { dirty = true; });
  form.addEventListener('change', (e) => {
    dirty = true;
    const input = e.target;
    const max = Number(form.dataset.maxBytes || 0);
    if (input.type === 'file' && max > 0) {
      for (const f of input.files) {
        if (f.size > max) {
          input.setCustomValidity(`${f.name}: ${Math.ceil(f.size / 1048576)} MB > ${Math.floor(max / 1048576)} MB`);
          input.reportValidity();
          input.value = '';
          input.setCustomValidity('');
          return;
        }
      }
    }
  });
  form.addEventListener('submit', () => { sending = true; });
  window.addEventListener('beforeunload', (e) => {
    if (dirty && !sending) {
      e.preventDefault();
      e.returnValue = '';
    }
  });
})();
