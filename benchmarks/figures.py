"""Print the README's "Measured figures" table (markdown) from the benchmarks' own output.

    python benchmarks/figures.py          # from build/*.json; runs a benchmark whose output is missing
    python benchmarks/figures.py --run    # run every benchmark again first (about 10 minutes)
    python benchmarks/figures.py --lang ru  # the table of the Russian section «Измеренные показатели»

Sources: ``build/bench_nn.json`` (``benchmarks/bench_nn.py``: lessons.nn against PyTorch),
``build/bench_train.json`` (``benchmarks/bench_train.py``: training the course models, peak memory,
shuffled pixels), ``build/bench_notebooks.json`` (``benchmarks/bench_notebooks.py``) and the
manifest of the shipped weights, ``assets/weights/manifest.json`` (``python -m lessons.train``).
Every accuracy in the table is also asserted by a test named in its row.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from lessons.i18n import integer, number, percent, plural  # noqa: E402  (numbers as the README's language writes them)

ROOT = Path(__file__).resolve().parent.parent
PHASES = ("forward", "backward", "step")
BUILD = ROOT / "build"
SCRIPTS = {
    "bench_nn": ["benchmarks/bench_nn.py"],
    "bench_train": ["benchmarks/bench_train.py"],
    "bench_notebooks": ["benchmarks/bench_notebooks.py", "--lang", "both"],
}


def figures(name: str, run: bool) -> dict:
    """The JSON written by benchmark ``name``, after running it if asked or if it is missing."""
    path = BUILD / f"{name}.json"
    if run or not path.is_file():
        print(f"running {' '.join(SCRIPTS[name])} ...", file=sys.stderr)
        subprocess.run([sys.executable, *SCRIPTS[name]], cwd=ROOT, check=True, stdout=sys.stderr)
    return json.loads(path.read_text(encoding="utf-8"))


def pct(value: float, lang: str) -> str:
    """A share as a percentage with two decimals, in the README section's language."""
    return percent(value, 2, language=lang)


def num(value: float, digits: int, lang: str) -> str:
    """A number with ``digits`` decimals, in the README section's language."""
    return number(value, digits, language=lang)


def epochs_ru(count: int) -> str:
    """``count`` epochs in Russian: 1 эпоха, 4 эпохи, 12 эпох."""
    return f"{count} {plural(count, 'эпоха', 'эпохи', 'эпох', language='ru')}"


def load(figures: dict, lang: str) -> str:
    """The machine's load average before and after a benchmark, when it recorded it."""
    averages = [value for value in figures.get("load_average", []) if value is not None]
    if not averages:
        return ""
    words = {"en": "load average", "ru": "средняя загрузка"}[lang]
    return f" ({words} {(' → ' if lang == 'ru' else ' -> ').join(num(v, 1, lang) for v in averages)})"


def model_rows(train: dict, shipped: dict, lang: str) -> list[tuple[str, str, str, str]]:
    """The rows of the course models: accuracy, seconds, memory, canvas, shuffled pixels."""
    ru = lang == "ru"
    dense, cnn, live = shipped["dense_mnist"], shipped["cnn_mnist"], train["models"]["cnn_mnist"]
    memory = max(result["peak_resident_gib"] for result in train["models"].values())
    dc, cc, s = shipped["dense_canvas"], shipped["cnn_canvas"], train["shuffled"]
    per_epoch = ", ".join(pct(a, lang) for a in live["test_accuracy"])
    if "cpu_seconds" in live:  # the CPU time of the training, with its validations
        cpu = num(live["cpu_seconds"], 1, lang)
        per_epoch += (f"; {cpu} с процессорного времени с проверками" if lang == "ru"
                      else f"; {cpu} s of CPU time with the validations")
    shipped_epochs = ", ".join(pct(a, lang) for a in cnn["test_accuracy_per_epoch"])
    fewer = num(dc["params"] / cc["params"], 0, lang)
    return [(
        "полносвязная нейросеть 784-128-10 на MNIST (поставляемые веса)" if ru
        else "dense network 784-128-10 on MNIST (shipped weights)",
        (f"точность на тестовой выборке {pct(dense['test_accuracy'], lang)} после "
         f"{num(dense['train_seconds'], 1, lang)} с обучения ({epochs_ru(dense['epochs'])})") if ru
        else f"{pct(dense['test_accuracy'], lang)} test accuracy after {dense['train_seconds']:.1f} s of "
        f"training ({dense['epochs']} epochs)",
        "≥ 97,5 %" if ru else ">= 97.5%",
        "`python -m lessons.train`; `tests/test_models.py::test_shipped_dense_network_reaches_97_5_percent`",
    ), (
        f"небольшая свёрточная сеть (`cnn_mnist`, {integer(live['params'], language=lang)} параметров), "
        "обучение вживую, как в блокноте 6" if ru
        else f"small CNN (`cnn_mnist`, {live['params']:,} parameters) trained live, as in notebook 6",
        (f"точность на тестовой выборке {pct(live['test_accuracy'][-1], lang)} после "
         f"{num(live['train_seconds'], 1, lang)} с ({epochs_ru(live['epochs'])}, {live['optimizer']}; "
         f"после каждой эпохи: {per_epoch}){load(train, lang)}") if ru
        else f"{pct(live['test_accuracy'][-1], lang)} test accuracy after {live['train_seconds']:.1f} s "
        f"({live['epochs']} epochs, {live['optimizer']}; after each epoch: {per_epoch}){load(train, lang)}",
        "≥ 99,0 % за ≤ 60 с" if ru else ">= 99.0% in <= 60 s",
        "`python benchmarks/bench_train.py`; `tests/test_models.py::test_live_cnn_recipe_reaches_99_percent`",
    ), (
        "та же сеть, поставляемые веса (обучена дольше, тоже по расписанию one-cycle, на цифрах и их копии, "
        "сдвинутой до 2 пикселей; seed 0)" if ru
        else "the same CNN, shipped weights (trained longer, one-cycle schedule too, on the digits and "
        "a copy moved by up to 2 pixels; seed 0)",
        (f"точность на тестовой выборке {pct(cnn['test_accuracy'], lang)} после "
         f"{num(cnn['train_seconds'], 1, lang)} с ({epochs_ru(cnn['epochs'])}, {cnn['optimizer']}; "
         f"после каждой эпохи: {shipped_epochs})") if ru
        else f"{pct(cnn['test_accuracy'], lang)} test accuracy after {cnn['train_seconds']:.1f} s "
        f"({cnn['epochs']} epochs, {cnn['optimizer']}; after each epoch: {shipped_epochs})",
        "≥ 99,2 %" if ru else ">= 99.2%",
        "`python -m lessons.train`; "
        "`tests/test_models.py::test_shipped_cnn_reaches_99_2_percent_with_half_the_parameters`",
    ), (
        "пиковая резидентная память при обучении на всём MNIST" if ru
        else "peak resident memory, training on all of MNIST",
        f"{num(memory, 2, lang)} ГиБ" if ru else f"{memory:.2f} GiB",
        "≤ 1,5 ГиБ" if ru else "<= 1.5 GiB",
        "`python benchmarks/bench_train.py` (`resource.getrusage`)",
    ), (
        "цифры на холсте 64×64, 10 000 обучающих картинок (поставляемые веса)" if ru
        else "digits on a 64x64 canvas, 10,000 training images (shipped weights)",
        (f"полносвязная сеть ({integer(dc['params'], language=lang)} параметров): "
         f"{pct(dc['train_accuracy_last_epoch'], lang)} на обучающей, {pct(dc['test_accuracy'], lang)} на "
         f"тестовой; свёрточная сеть с глобальным макс-пулингом ({integer(cc['params'], language=lang)} "
         f"параметров, в {fewer} раз меньше): {pct(cc['test_accuracy'], lang)} на тестовой") if ru
        else f"dense net ({dc['params']:,} parameters): {pct(dc['train_accuracy_last_epoch'], lang)} train, "
        f"{pct(dc['test_accuracy'], lang)} test; CNN with global max pooling ({cc['params']:,} parameters, "
        f"{fewer}x fewer): {pct(cc['test_accuracy'], lang)} test",
        "полносвязная переобучается (обучающая ≥ 90 %, тестовая ≤ 70 %), свёрточная ≥ 90 % при "
        "параметрах меньше в ≥ 10 раз" if ru
        else "dense overfits (train >= 90%, test <= 70%), CNN >= 90% with >= 10x fewer parameters",
        "`tests/test_models.py::test_on_the_canvas_the_dense_network_overfits_and_the_cnn_does_not`",
    ), (
        f"перемешанные пиксели, {integer(train['shuffled_train'], language=lang)} обучающих цифр (блокнот 6)"
        if ru else f"shuffled pixels, {train['shuffled_train']:,} training digits (notebook 6)",
        (f"полносвязная {pct(s['dense_mnist plain'], lang)} → {pct(s['dense_mnist shuffled'], lang)}; "
         f"свёрточная {pct(s['cnn_mnist plain'], lang)} → {pct(s['cnn_mnist shuffled'], lang)}") if ru
        else f"dense net {pct(s['dense_mnist plain'], lang)} -> {pct(s['dense_mnist shuffled'], lang)}; "
        f"CNN {pct(s['cnn_mnist plain'], lang)} -> {pct(s['cnn_mnist shuffled'], lang)}",
        "полносвязная — в пределах 1 п. п.; свёрточная теряет ≥ 3 п. п. и становится хуже полносвязной" if ru
        else "dense within 1 point; CNN down >= 3 points and below the dense net",
        "`tests/test_models.py::test_shuffled_pixels_hurt_the_cnn_but_not_the_dense_network`",
    )]


def speed_rows(nn: dict, lang: str) -> list[tuple[str, str, str, str]]:
    """The rows of ``bench_nn.py``: lessons.nn against PyTorch, wall-clock and CPU time, per phase."""
    ru, threads, out = lang == "ru", nn["threads"], []
    labels = {"cnn": ("the benchmark CNN 1-8-16", "эталонной свёрточной сети 1-8-16"),
              "dense": ("the dense net 784-128-10", "полносвязной сети 784-128-10")}
    for name, (label_en, label_ru) in labels.items():
        result = nn["models"].get(name)
        if result is None or result.get("torch") is None:
            continue
        ours, theirs, r = result["lessons"], result["torch"], result["ratio"]
        phases = ("forward", "backward", "step") if not ru else ("прямой проход", "обратный", "шаг")
        wall = ", ".join(f"{p} {num(r[k], 2, lang)}" for p, k in zip(phases, PHASES, strict=True))
        cpu = ", ".join(f"{p} {num(r['cpu ' + k], 2, lang)}" for p, k in zip(phases, PHASES, strict=True))
        images = integer(nn["images"], language=lang)
        out.append((
            f"`lessons.nn` против PyTorch {nn['torch']} (CPU, потоков: {threads}), одна эпоха MNIST "
            f"{label_ru}, батч 64, Adam" if ru
            else f"`lessons.nn` against PyTorch {nn['torch']} (CPU, {threads} thread{'s' * (threads > 1)}), "
            f"one MNIST epoch of {label_en}, batch 64, Adam",
            (f"{num(ours['total'], 2, lang)} с против {num(theirs['total'], 2, lang)} с: отношение "
             f"{num(r['total'], 2, lang)} ({wall}); по процессорному времени {num(r['cpu total'], 2, lang)} "
             f"({cpu}); медианы {nn['repeats']} чередующихся запусков по {images} картинок{load(nn, lang)}")
            if ru else
            f"{ours['total']:.2f} s against {theirs['total']:.2f} s: ratio {r['total']:.2f} ({wall}); "
            f"in CPU time {r['cpu total']:.2f} ({cpu}); medians of {nn['repeats']} alternating runs of "
            f"{images} images{load(nn, lang)}",
            ("≤ 1,0" if ru else "<= 1.0") if name == "cnn" else ("(для сведения)" if ru else "(reported)"),
            "`python benchmarks/bench_nn.py` (нужен `pip install torch==2.13.0`)" if ru
            else "`python benchmarks/bench_nn.py` (needs `pip install torch==2.13.0`)",
        ))
    return out


def notebook_rows(notebooks: dict, lang: str) -> list[tuple[str, str, str, str]]:
    """The row of ``bench_notebooks.py`` (none without its figures)."""
    if not notebooks:
        return []
    ru = lang == "ru"
    seconds = {name: figure["seconds"] for name, figure in notebooks.items()}
    six = {name: value for name, value in seconds.items() if name.split("/")[1].startswith("06")}
    rest = {name: value for name, value in seconds.items() if name not in six}
    figure = []
    if rest:
        low, high = num(min(rest.values()), 0, lang), num(max(rest.values()), 0, lang)
        figure.append(f"от {low} до {high} с каждый для блокнотов 1–5" if ru
                      else f"{low} to {high} s each for notebooks 1 to 5")
    if six:
        figure.append((" и " if ru else " and ").join(
            f"{num(value, 0, lang)} с для {name}" if ru else f"{value:.0f} s for {name}"
            for name, value in six.items()))
    return [(
        "блокноты в новом ядре, сверху вниз, по одному" if ru
        else "notebooks, fresh kernel, top to bottom, one at a time",
        "; ".join(figure), "≤ 30 с, блокнот 6: ≤ 60 с" if ru else "<= 30 s, notebook 6: <= 60 s",
        "`python benchmarks/bench_notebooks.py --lang both`",
    )]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--run", action="store_true", help="run every benchmark again first")
    parser.add_argument("--lang", choices=["en", "ru"], default="en", help="the README section's language")
    parser.add_argument("--no-notebooks", action="store_true",
                        help="leave out the notebooks' row (no build/bench_notebooks.json, do not run it)")
    args = parser.parse_args()
    nn = figures("bench_nn", args.run)
    train = figures("bench_train", args.run)
    notebooks = {} if args.no_notebooks else figures("bench_notebooks", args.run)
    shipped = json.loads((ROOT / "assets" / "weights" / "manifest.json").read_text(encoding="utf-8"))
    ru = args.lang == "ru"
    print("| что | результат | цель | как получить |" if ru else "| what | figure | target | how |")
    print("|---|---|---|---|")
    rows = [*model_rows(train, shipped, args.lang), *speed_rows(nn, args.lang)]
    rows += notebook_rows(notebooks, args.lang)
    for row in rows:
        print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
