// Guía §14.5: on a registration form, only the custom fields that apply to the type and the classification chosen
// are shown and sent (a template's form, without those inputs, names its type and classification on the form
// itself). Without this script every field is shown and the server says which do not apply.
(function () {
  'use strict';
  const form = document.querySelector('form[data-custom-fields]');
  if (!form) return;
  const fields = Array.from(form.querySelectorAll('[data-custom-field]'));
  if (fields.length === 0) return;

  function chosenType() {
    const checked = form.querySelector('input[name="Input.Type"]:checked') || form.querySelector('input[type="hidden"][name="Input.Type"]');
    const select = form.querySelector('select[name="Input.Type"]');
    return (checked && checked.value) || (select && select.value) || form.dataset.type || '';
  }

  function chosenClassification() {
    const picker = form.querySelector('[name="Input.Classification"]');
    const value = picker ? picker.value : (form.dataset.classification || '');
    const at = value.indexOf('::');
    return at < 0 ? { service: value, category: '' } : { service: value.slice(0, at), category: value.slice(at + 2) };
  }

  function covers(scope, chosen) {
    const at = scope.indexOf('::');
    const service = at < 0 ? scope : scope.slice(0, at);
    const category = at < 0 ? '' : scope.slice(at + 2);
    if (service !== chosen.service) return false;
    return category === '' || chosen.category === category || chosen.category.startsWith(category + '/');
  }

  function refresh() {
    const type = chosenType();
    const chosen = chosenClassification();
    for (const field of fields) {
      const types = (field.dataset.types || '').split(' ');
      const scopes = (field.dataset.scopes || '').split('|').filter(Boolean);
      const applies = types.includes(type) && (scopes.length === 0 || scopes.some(s => covers(s, chosen)));
      field.hidden = !applies;
      for (const input of field.querySelectorAll('input, select, textarea')) input.disabled = !applies;
    }
  }

  form.addEventListener('change', refresh);
  refresh();
})();
