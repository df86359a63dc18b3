"""The inspector's section bar: whole names on as many lines as the width needs."""

from __future__ import annotations

from workbench.gui.section_bar import SectionBar


def test_buttons_wrap_onto_a_second_line_when_narrow(qtbot) -> None:
    bar = SectionBar()
    qtbot.addWidget(bar)
    for name in ("Behauptung", "Belege (2)", "Zahlen", "Verlauf (1)", "Schon geprüft?"):
        bar.set_text(bar.add_section(), name)
    one_line = bar.buttons[0].sizeHint().height()
    wide = bar.sizeHint().width()
    assert bar.heightForWidth(wide + 10) == one_line
    narrow = wide // 2
    assert bar.heightForWidth(narrow) > one_line
    bar.resize(narrow, bar.heightForWidth(narrow))
    bar.show()
    for button in bar.buttons:
        assert button.geometry().right() < narrow
        assert button.width() >= button.fontMetrics().horizontalAdvance(button.text())


def test_one_section_is_current_and_steps_wrap_around(qtbot) -> None:
    bar = SectionBar()
    qtbot.addWidget(bar)
    for name in ("Claim", "Evidence", "History"):
        bar.set_text(bar.add_section(), name)
    seen: list[int] = []
    bar.current_changed.connect(seen.append)
    assert bar.current() == 0
    bar.step(-1)
    assert bar.current() == 2
    bar.step(1)
    assert (bar.current(), seen) == (0, [2, 0])
    assert [b.isChecked() for b in bar.buttons] == [True, False, False]
