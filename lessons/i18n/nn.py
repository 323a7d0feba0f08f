"""Texts of the ``nn`` area, in English (``EN``) and Russian (``RU``), with the same keys.

The progress bar of ``Sequential.fit`` and the table of ``Sequential.summary`` take their words
from here.
"""

EN: dict[str, str] = {
    "nn.epoch": "epoch {epoch}/{epochs}",
    "nn.batch": "batch {batch}/{batches}",
    "nn.loss": "loss {loss:.4f}",
    "nn.accuracy": "accuracy {accuracy:.1%}",
    "nn.val_accuracy": "validation accuracy {accuracy:.1%}",
    "nn.seconds": "{seconds:.1f} s",
    "nn.summary.layer": "Layer (type)",
    "nn.summary.output_shape": "Output shape",
    "nn.summary.params": "Parameters",
    "nn.summary.total": "Total parameters: {count}",
    "nn.summary.input": "Input",
    "nn.thousands_separator": ",",
}

RU: dict[str, str] = {
    "nn.epoch": "эпоха {epoch}/{epochs}",
    "nn.batch": "пакет {batch}/{batches}",
    "nn.loss": "потери {loss:.4f}",
    "nn.accuracy": "точность {accuracy:.1%}",
    "nn.val_accuracy": "точность на проверке {accuracy:.1%}",
    "nn.seconds": "{seconds:.1f} с",
    "nn.summary.layer": "Слой (тип)",
    "nn.summary.output_shape": "Форма выхода",
    "nn.summary.params": "Параметры",
    "nn.summary.total": "Всего параметров: {count}",
    "nn.summary.input": "Вход",
    "nn.thousands_separator": "\u202f",
}
