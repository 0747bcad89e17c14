// The rollup page's one script: sorting the agencies table by a heading.
// Without it the page is the same table in the order the libraries were
// named. It reads each cell's data-sort (a number for counts, lower-case
// text otherwise), sorts stably, and says the order in aria-sort. Its hash
// is the page's script-src, so it is the only script the page may run.
export const SORT_SCRIPT = `(() => {
  const table = document.getElementById('agencies');
  if (!table) return;
  table.classList.add('sortable');
  document.getElementById('sort-hint')?.removeAttribute('hidden');
  const body = table.tBodies[0];
  const headings = [...table.tHead.rows[0].cells];
  headings.forEach((th, column) => {
    th.querySelector('button').addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      const numeric = th.dataset.numeric === 'yes';
      const key = (row) => row.cells[column].dataset.sort;
      const rows = [...body.rows].map((row, i) => ({ row, i }));
      rows.sort((a, b) => {
        const x = key(a.row);
        const y = key(b.row);
        const order = numeric ? Number(x) - Number(y) : x < y ? -1 : x > y ? 1 : 0;
        return (ascending ? order : -order) || a.i - b.i;
      });
      for (const { row } of rows) body.appendChild(row);
      for (const other of headings) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    });
  });
})();
`;
