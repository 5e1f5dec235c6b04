"""Child process of ``bench_people.py``: one cold start, timed from the very top of this file.

Modes (first argument):

``baseline``
    Bare PySide6: ``QApplication`` + an empty ``QMainWindow`` shown, plus ``import sqlalchemy.orm``.
``app DATA_DIR``
    ``omil-desktop --data-dir DATA_DIR`` exactly as the entry point runs it (``omil_desktop.app``
    → ``main`` → ``run_gui`` → ``app.exec()``); only ``MainWindow`` is swapped for a subclass that
    notices when the window is on screen with the first page of the people list fetched.
``workload DATA_DIR QUERIES_JSON UI_QUERIES``
    Like ``app``, then, inside the running app, times the people list's first page and the search
    mix, and reports peak memory before and after.

Each mode prints one ``READY {json}`` line (flushed) as soon as the window is shown; the parent
stops its wall clock on that line. Phase times are milliseconds since the top of this file.

The app modes then keep the event loop running until the app is **idle** and print one
``IDLE {json}`` line (the workload, if any, runs after it). Idle means all three of:

* the sync controller has started (``SyncController.start`` returned; the window schedules it
  ``SYNC_START_DELAY_MS`` after it is built);
* the status bar shows the people and attention counts (``MainWindow.refresh_counts`` returned;
  the window runs it from a 0 ms timer, which fires on the event loop's first turn);
* after both, the GUI thread's event loop stays blocked, with no event delivered to any object
  but this file's own checker timer, for ``IDLE_QUIET_MS``. The search field's text cursor
  blink (a repaint every 0.5 s for as long as the field has focus) is turned off at READY, or
  the loop would never be quiet that long.

The idle time reported is the moment the event loop last went to sleep after handling an event
of the app (``QAbstractEventDispatcher.aboutToBlock``), not that moment plus the quiet period.
Watching starts at READY, so the headline READY time carries none of its cost.
"""

import time

T0 = time.perf_counter()

import json  # noqa: E402
import sys  # noqa: E402

TYPE_CHECKING = False  # a typing-only import: nothing more is loaded before READY
if TYPE_CHECKING:
    from collections.abc import Callable

MARKS: dict[str, float] = {}


def mark(name: str) -> None:
    MARKS.setdefault(name, round((time.perf_counter() - T0) * 1000, 2))


def memory() -> dict[str, float]:
    """Peak and current resident memory of this process, in MB.

    ``vm_hwm_mb`` (VmHWM in /proc/self/status) is the peak RSS of this program's own address
    space. ``ru_maxrss_mb`` is getrusage's peak, which Linux carries over from the parent at
    fork+exec: it can never be lower than the benchmark parent's RSS at spawn time.
    """
    import resource

    result = {"ru_maxrss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                key, _, value = line.partition(":")
                name = {"VmHWM": "vm_hwm_mb", "VmRSS": "vm_rss_mb"}.get(key)
                if name:
                    result[name] = round(int(value.split()[0]) / 1024, 1)  # kB
    except OSError:
        pass
    return result


IDLE_QUIET_MS = 500
"""How long the event loop must stay asleep before the app counts as idle."""
IDLE_CHECK_MS = 50


def report(kind: str, payload: dict) -> None:
    print(f"{kind} {json.dumps(payload)}", flush=True)


# -- baseline ----------------------------------------------------------------------------------


def run_baseline() -> int:
    import sqlalchemy.orm  # noqa: F401
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QMainWindow

    mark("imported")
    app = QApplication(sys.argv)
    mark("qapplication")
    window = QMainWindow()
    window.resize(1280, 780)

    class Probe(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            handle = window.windowHandle()
            if event.type() == QEvent.Type.Paint and handle is not None and handle.isExposed():
                mark("ready")
                report("READY", {"marks": MARKS, "memory": memory()})
                window.removeEventFilter(self)
                app.quit()
            return False

    probe = Probe()
    window.installEventFilter(probe)
    window.show()
    mark("shown")
    return app.exec()


# -- the app -----------------------------------------------------------------------------------


def run_app(data_dir: str, queries_path: str | None = None, ui_queries: int = 0) -> int:
    from omil_desktop.app import main  # what the omil-desktop gui-script imports

    mark("imported_entry_point")
    import omil_desktop.ui.app as ui_app  # main() imports it lazily, after parsing arguments

    mark("imported")
    from PySide6.QtCore import QEvent, QObject, QTimer

    real_open = ui_app.open_workspace
    real_crash_handler = ui_app.install_crash_handler

    def crash_handler(show_dialog: bool) -> None:  # run_gui calls it right after QApplication
        mark("qapplication")
        real_crash_handler(show_dialog)

    def open_workspace(path):
        workspace = real_open(path)
        mark("workspace_open")
        return workspace

    ui_app.install_crash_handler = crash_handler
    ui_app.open_workspace = open_workspace

    from omil_desktop.ui.sync.controller import SyncController

    real_start = SyncController.start

    def start_sync(controller: SyncController) -> None:  # the window's deferred sync start
        mark("sync_start_begin")
        real_start(controller)
        mark("sync_started")

    SyncController.start = start_sync

    class ProbeWindow(ui_app.MainWindow):
        """The real main window, watched: ready once exposed with the visible rows fetched."""

        def __init__(self, workspace) -> None:
            mark("main_window_start")
            super().__init__(workspace)
            mark("main_window_built")
            self._painted = False
            self._filter = _PaintWatch(self)
            self.people_page.table.viewport().installEventFilter(self._filter)
            self._poll = QTimer(self)
            self._poll.setInterval(0)
            self._poll.timeout.connect(self._check)

        def showEvent(self, event: QEvent) -> None:
            super().showEvent(event)
            mark("shown")
            self._poll.start()

        def refresh_counts(self) -> None:  # the window calls it from a 0 ms timer
            super().refresh_counts()
            if self.counts_label.text():
                mark("counts_shown")

        def _visible_rows_fetched(self) -> bool:
            table, model = self.people_page.table, self.people_page.model
            if model.rowCount() == 0:
                return True
            first = table.rowAt(0)
            last = table.rowAt(table.viewport().height() - 1)
            last = model.rowCount() - 1 if last < 0 else last
            if first < 0:
                return False
            # The view fetched data() for every visible cell in the paint that already ran; check
            # that those rows really are in the model's page cache.
            return all(model.is_fetched(r) for r in range(first, last + 1))

        def _check(self) -> None:
            handle = self.windowHandle()
            if handle is None or not handle.isExposed():
                return
            mark("exposed")
            if not self._painted or not self._visible_rows_fetched():
                return
            self._poll.stop()
            mark("ready")
            table = self.people_page.table
            report(
                "READY",
                {
                    "marks": MARKS,
                    "memory": memory(),
                    "rows": self.people_page.model.rowCount(),
                    "visible_rows": table.rowAt(table.viewport().height() - 1) - table.rowAt(0) + 1,
                },
            )
            self._idle = IdleWatch(self._when_idle)

        def _when_idle(self, idle: dict) -> None:
            report("IDLE", idle)
            if queries_path is not None:
                report("WORKLOAD", run_workload(self, queries_path, ui_queries))
            QTimer.singleShot(0, self.close)  # last window closed: app.exec() returns

    class _PaintWatch(QObject):
        def __init__(self, window: ProbeWindow) -> None:
            super().__init__(window)
            self._window = window

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self._window._painted = True
                mark("first_table_paint")
            return False

    ui_app.MainWindow = ProbeWindow
    return main(["--data-dir", data_dir, "--no-crash-dialog"])


class IdleWatch:
    """Says when the start-up's deferred work is done and the event loop stays asleep.

    An application-wide event filter notes every event delivered on the GUI thread (except this
    watcher's own timer); the dispatcher's ``aboutToBlock`` then records when the loop went to
    sleep after such work. Once the sync controller has started and the counts are shown, the
    app is idle when that sleep has lasted ``IDLE_QUIET_MS``.
    """

    def __init__(self, on_idle: "Callable[[dict], None]") -> None:
        from PySide6.QtCore import QAbstractEventDispatcher, QObject, Qt, QTimer
        from PySide6.QtWidgets import QApplication

        self._on_idle = on_idle
        self._app = QApplication.instance()
        # The search field has focus, so its text cursor blinks: a timer and a repaint of the
        # field every half second for as long as the window is open. That is the steady state of
        # any Qt window with a focused text field, not start-up work; without it off, the loop
        # is never quiet for long. Turned off from READY on (the field's timer stops at once).
        self._app.styleHints().setCursorFlashTime(0)
        self._events = 0
        self._dirty = False
        self.last_work_end = time.perf_counter()
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(IDLE_CHECK_MS)
        self._timer.timeout.connect(self._check)
        watch = self

        class _Filter(QObject):
            def eventFilter(self, watched: QObject, event: object) -> bool:
                if watched is not watch._timer:
                    watch._dirty = True
                    watch._events += 1
                return False

        self._filter = _Filter()
        self._app.installEventFilter(self._filter)
        self._dispatcher = QAbstractEventDispatcher.instance()
        self._dispatcher.aboutToBlock.connect(self._about_to_block)
        self._timer.start()

    def _about_to_block(self) -> None:
        if self._dirty:
            self._dirty = False
            self.last_work_end = time.perf_counter()

    def _check(self) -> None:
        if "sync_started" not in MARKS or "counts_shown" not in MARKS or self._dirty:
            return
        quiet_ms = (time.perf_counter() - self.last_work_end) * 1000
        if quiet_ms < IDLE_QUIET_MS:
            return
        self._timer.stop()
        self._app.removeEventFilter(self._filter)
        self._dispatcher.aboutToBlock.disconnect(self._about_to_block)
        idle_ms = round((self.last_work_end - T0) * 1000, 2)
        MARKS["idle"] = idle_ms
        self._on_idle(
            {
                "marks": MARKS,
                "idle_ms": idle_ms,
                "quiet_ms": IDLE_QUIET_MS,
                "events_after_ready": self._events,
                "memory": memory(),
            }
        )


# -- in-app measurements -----------------------------------------------------------------------

FIRST_PAGE_ROWS = 40
FIRST_PAGE_REPEAT = 15


def _fetch_first_page(model) -> int:
    from PySide6.QtCore import Qt

    display, foreground = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole
    rows = min(FIRST_PAGE_ROWS, model.rowCount())
    columns = model.columnCount()
    for row in range(rows):
        for column in range(columns):
            index = model.index(row, column)
            model.data(index, display)
            model.data(index, foreground)
    return rows


def _query_plans(workspace, queries: list[str]) -> dict[str, list[str]]:
    """EXPLAIN QUERY PLAN of the statements ``PeopleService.search`` really sends, per query."""
    from sqlalchemy import event

    from omil_desktop.ui.people.list_model import PAGE

    engine = workspace.db.engine
    seen: list[tuple[str, object]] = []

    def capture(_conn, _cursor, statement, parameters, _context, _many) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, parameters))

    plans: dict[str, list[str]] = {}
    event.listen(engine, "before_cursor_execute", capture)
    try:
        for query in queries:
            seen.clear()
            workspace.people.search(query, page_size=PAGE)
            sent = list(seen)
            plans[query] = []
            for statement, parameters in sent:  # the first page, then the count when it is full
                with engine.connect() as conn:
                    rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
                    plans[query] += [" ".join(statement.split()), *(f"{r[3]}" for r in rows)]
    finally:
        event.remove(engine, "before_cursor_execute", capture)
    return plans


def run_workload(window, queries_path: str, ui_queries: int) -> dict:
    from PySide6.QtWidgets import QApplication

    from omil_desktop.ui.people.list_model import PAGE

    app = QApplication.instance()
    with open(queries_path, encoding="utf-8") as file:
        queries = json.load(file)
    workspace = window._workspace
    people = workspace.people
    model = window.people_page.model
    clock = time.perf_counter
    result: dict = {"memory_at_idle": memory()}

    first_page = []
    for _ in range(FIRST_PAGE_REPEAT):
        start = clock()
        model.search("")
        searched = clock()
        _fetch_first_page(model)
        done = clock()
        first_page.append(
            {"total_ms": (done - start) * 1000, "search_ms": (searched - start) * 1000}
        )
        app.processEvents()  # let the view repaint, untimed, as between real searches
    # the same first page, through the service alone: search("") is the count plus the first
    # page of the list's page size; search_page is that page alone
    split = []
    for _ in range(FIRST_PAGE_REPEAT):
        start = clock()
        people.search("", page_size=PAGE)
        searched = clock()
        people.search_page("", offset=0, limit=PAGE)
        split.append(
            {"search_ms": (searched - start) * 1000, "page_ms": (clock() - searched) * 1000}
        )
    result["first_page"] = first_page
    result["first_page_service_split"] = split

    service = []
    for query in queries:
        start = clock()
        hits = people.search(query, page_size=PAGE).count
        service.append({"q": query, "ms": (clock() - start) * 1000, "hits": hits})
    result["search_service"] = service

    ui = []
    for query in queries[:ui_queries]:
        start = clock()
        model.search(query)
        _fetch_first_page(model)
        ui.append({"q": query, "ms": (clock() - start) * 1000, "hits": model.rowCount()})
        app.processEvents()
    result["search_ui"] = ui
    result["memory_after_search"] = memory()
    result["query_plans"] = _query_plans(workspace, ["", "nunez", "munoz gonzalez", "12.3"])
    return result


class _Args:
    def __init__(self, argv: list[str]) -> None:
        self.mode = argv[1]
        self.data_dir = argv[2] if len(argv) > 2 else None
        self.queries = argv[3] if len(argv) > 3 else None
        self.ui_queries = int(argv[4]) if len(argv) > 4 else 0


def main() -> int:
    args = _Args(sys.argv)
    if args.mode == "baseline":
        return run_baseline()
    if args.mode == "app":
        return run_app(args.data_dir)
    if args.mode == "workload":
        return run_app(args.data_dir, args.queries, args.ui_queries)
    raise SystemExit(f"unknown mode {args.mode!r}")


if __name__ == "__main__":
    sys.exit(main())
