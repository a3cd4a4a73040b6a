// Works around a defect of Tasklist 7.24 with Camunda Forms that contain a dynamic list (the plan's activities).
// Tasklist disables "Complete" whenever the form reports errors, but form-js 1.8.7 reports an (empty) error entry
// for every field of a dynamic-list row once it was edited, so the button would stay disabled for good.
// While a form with a dynamic list shows no error, the button is enabled again. Nothing is weakened: on
// "Complete" Tasklist still validates the whole form (form-js shows every missing field), and the server checks
// every row again and refuses anything invalid with a message naming the row.
const COMPLETE = 'button[ng-click="complete()"]';

function enableCompleteIfNoVisibleError() {
  const form = document.querySelector('.fjs-container');
  const button = document.querySelector(COMPLETE);
  if (!form || !button || !button.disabled) {
    return;
  }
  const hasDynamicList = form.querySelector('.fjs-form-field-dynamiclist') !== null;
  const showsAnError = form.querySelector('.fjs-form-field-error') !== null;
  if (hasDynamicList && !showsAnError) {
    button.disabled = false;
    button.removeAttribute('disabled');
  }
}

new MutationObserver(enableCompleteIfNoVisibleError).observe(document.documentElement, {
  subtree: true,
  childList: true,
  attributes: true,
  attributeFilter: ['disabled', 'class']
});
