"""Texts of the figures of lessons.plots: keys ``plots.*``."""

EN: dict[str, str] = {
    # ----- figures of lessons.plots.training ------------------------------------------------------
    "plots.training.history_title": "Training",
    "plots.training.training": "training",
    "plots.training.validation": "validation",
    "plots.training.test": "test",
    "plots.training.epoch": "epoch",
    "plots.training.loss": "loss",
    "plots.training.loss_title": "Loss on the training images",
    "plots.training.accuracy_title": "Accuracy",
    "plots.training.accuracy_percent": "accuracy, %",
    "plots.training.train_accuracy_percent": "training accuracy, %",
    "plots.training.val_accuracy_percent": "validation accuracy, %",
    "plots.training.true_predicted": "true {true} / net {predicted}",
    "plots.training.label": "{label}",
    "plots.training.neuron": "neuron {index}",
    "plots.training.weight": "weight",
    "plots.training.weight_change": "change of weight",
    "plots.training.weights_title": "Weights of the first neurons",
    "plots.training.chance": "random guessing",
    # ----- figures of lessons.plots.images --------------------------------------------------------
    "plots.images.response": "response (blue < 0 < red)",
    "plots.images.row": "row",
    "plots.images.column": "column",
}

RU: dict[str, str] = {
    # ----- figures of lessons.plots.training ------------------------------------------------------
    "plots.training.history_title": "Обучение",
    "plots.training.training": "обучающая выборка",
    "plots.training.validation": "проверочная выборка",
    "plots.training.test": "тестовая выборка",
    "plots.training.epoch": "эпоха",
    "plots.training.loss": "потери",
    "plots.training.loss_title": "Потери на обучающих картинках",
    "plots.training.accuracy_title": "Точность",
    "plots.training.accuracy_percent": "точность, %",
    "plots.training.train_accuracy_percent": "точность на обучающей выборке, %",
    "plots.training.val_accuracy_percent": "точность на проверочной выборке, %",
    "plots.training.true_predicted": "цифра {true} / сеть {predicted}",
    "plots.training.label": "{label}",
    "plots.training.neuron": "нейрон {index}",
    "plots.training.weight": "вес",
    "plots.training.weight_change": "изменение веса",
    "plots.training.weights_title": "Веса первых нейронов",
    "plots.training.chance": "случайное угадывание",
    # ----- figures of lessons.plots.images --------------------------------------------------------
    "plots.images.response": "отклик (синее < 0 < красное)",
    "plots.images.row": "строка",
    "plots.images.column": "столбец",
}
