"""Texts of the ``slides`` area, in English (``EN``) and Russian (``RU``), with the same keys.

Shown by ``python -m lessons.slides`` while it exports, and on the index pages of the decks.
"""

EN: dict[str, str] = {
    "slides.playground.weights": "Kernel weights",
    "slides.playground.kept": "Pixels kept",
    "slides.playground.note": "Computed in the browser: every control works without Python.",
    "slides.language_name": "English",
    "slides.start": "Exporting {count} notebook(s) to {folder}",
    "slides.executing": "[{index}/{count}] {name}: executing in a fresh kernel…",
    "slides.cell": "    {name}: cell {number}/{count}",
    "slides.executed": "[{index}/{count}] {name}: executed in {seconds} s",
    "slides.already_executed": "[{index}/{count}] {name}: already executed, using its outputs",
    "slides.exporting": "[{index}/{count}] {name}: exporting the deck…",
    "slides.written": "[{index}/{count}] {name}: wrote {path} ({size} MB) in {seconds} s",
    "slides.assets_copied": "Copied reveal.js {reveal} and MathJax {mathjax} into {folder}",
    "slides.widget_dropped": "{name}: a widget with no static picture was left out (cell {cell}: {text})",
    "slides.network_load": "{name}: this deck loads from the network and will fail offline: {what}",
    "slides.failed": "[{index}/{count}] {name}: FAILED: {error}",
    "slides.done": "{count} deck(s) in {seconds} s. Open {index}",
    "slides.done_with_failures": "{count} deck(s) written, {failed} failed: {names}",
    "slides.index_title": "Course slides",
    "slides.index_help": (
        "Open a deck and press F for full screen, S for the speaker view (notes, next slide, timer), "
        "Esc for the overview of all slides, and the arrow keys to move. To print or save a PDF, "
        "open a deck's “print / PDF” link (the deck with ?print-pdf at the end of its address) and "
        "print it from Chrome or Chromium (margins: none, background graphics: on). The folder "
        "works offline: copy all of it, assets included."
    ),
    "slides.index_print": "print / PDF",
    "slides.index_other_languages": "Other languages",
}

RU: dict[str, str] = {
    "slides.playground.weights": "Веса ядра",
    "slides.playground.kept": "Доля пикселей",
    "slides.playground.note": "Считается прямо в браузере: все ручки работают без Python.",
    "slides.language_name": "Русский",
    "slides.start": "Экспорт блокнотов ({count}) в {folder}",
    "slides.executing": "[{index}/{count}] {name}: выполняю в новом ядре…",
    "slides.cell": "    {name}: ячейка {number}/{count}",
    "slides.executed": "[{index}/{count}] {name}: выполнен за {seconds} с",
    "slides.already_executed": "[{index}/{count}] {name}: уже выполнен, беру его результаты",
    "slides.exporting": "[{index}/{count}] {name}: собираю слайды…",
    "slides.written": "[{index}/{count}] {name}: записан {path} ({size} МБ) за {seconds} с",
    "slides.assets_copied": "Скопированы в {folder}: библиотеки reveal.js {reveal} и MathJax {mathjax}",
    "slides.widget_dropped": (
        "{name}: виджет без статической картинки не попал в слайды (ячейка {cell}: {text})"
    ),
    "slides.network_load": "{name}: эти слайды грузят файлы из сети и без неё не откроются: {what}",
    "slides.failed": "[{index}/{count}] {name}: ОШИБКА: {error}",
    "slides.done": "Готово слайдов: {count}, за {seconds} с. Откройте {index}",
    "slides.done_with_failures": "Записано слайдов: {count}, не удалось: {failed} ({names})",
    "slides.index_title": "Слайды курса",
    "slides.index_help": (
        "Откройте презентацию и нажмите F для полного экрана, S для режима докладчика (заметки, "
        "следующий слайд, таймер), Esc для обзора всех слайдов; стрелки листают слайды. Чтобы "
        "напечатать или сохранить PDF, откройте ссылку «печать / PDF» (это презентация с ?print-pdf "
        "в конце адреса) и напечатайте её из Chrome или Chromium (поля: нет, фоновая графика: "
        "включена). Папка работает без сети: "
        "копируйте её целиком, вместе с assets."
    ),
    "slides.index_print": "печать / PDF",
    "slides.index_other_languages": "Другие языки",
}
