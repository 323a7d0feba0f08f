"""Texts of the ``nn`` area, in English (``EN``) and Russian (``RU``), with the same keys.

The progress bar of ``Sequential.fit`` and the table of ``Sequential.summary`` take their words
from here.
"""

EN: dict[str, str] = {
    "nn.epoch": "epoch {epoch}/{epochs}",
    "nn.bar.batches": "batch {n_fmt}/{total_fmt}",
    "nn.bar.running_accuracy": "training accuracy {accuracy:.1%} (average over the epoch so far)",
    "nn.bar.epoch_accuracy": "training accuracy {accuracy:.1%} (average over the epoch)",
    "nn.loss": "loss {loss:.4f}",
    "nn.val_accuracy": "validation accuracy {accuracy:.1%}",
    "nn.seconds": "{seconds:,.1f} s",
    "nn.summary.layer": "Layer (type)",
    "nn.summary.output_shape": "Output shape",
    "nn.summary.params": "Parameters",
    "nn.summary.total": "Total parameters: {count}",
    "nn.summary.input": "Input",
}

RU: dict[str, str] = {
    "nn.epoch": "эпоха {epoch}/{epochs}",
    "nn.bar.batches": "батч {n_fmt}/{total_fmt}",
    "nn.bar.running_accuracy": "точность на обучении {accuracy:.1%} (среднее с начала эпохи)",
    "nn.bar.epoch_accuracy": "точность на обучении {accuracy:.1%} (среднее за эпоху)",
    "nn.loss": "потери {loss:.4f}",
    "nn.val_accuracy": "точность на проверке {accuracy:.1%}",
    "nn.seconds": "{seconds:,.1f} с",
    "nn.summary.layer": "Слой (тип)",
    "nn.summary.output_shape": "Форма выхода",
    "nn.summary.params": "Параметры",
    "nn.summary.total": "Всего параметров: {count}",
    "nn.summary.input": "Вход",
}
