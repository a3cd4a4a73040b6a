// Tasklist sorts its task list by creation date unless the address says otherwise. Advisers need the most
// urgent work first, so a task list shown without an explicit sorting is sorted by due date, soonest first.
// Choosing another sorting in Tasklist still works: it is kept in the address and left alone.
const DUE_DATE_FIRST = JSON.stringify([{sortBy: 'dueDate', sortOrder: 'asc'}]);

function sortByDueDateUnlessChosen() {
  const hash = window.location.hash || '#/';
  const queryStart = hash.indexOf('?');
  const path = queryStart < 0 ? hash.slice(1) : hash.slice(1, queryStart);
  if (path !== '/' && path !== '') {
    return;
  }
  const params = new URLSearchParams(queryStart < 0 ? '' : hash.slice(queryStart + 1));
  if (params.has('sorting')) {
    return;
  }
  params.set('sorting', DUE_DATE_FIRST);
  window.location.replace('#/?' + params.toString());
}

sortByDueDateUnlessChosen();
window.addEventListener('hashchange', sortByDueDateUnlessChosen);
