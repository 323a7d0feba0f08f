"""Texts of lessons.shrink (fixed edge features and a small dense head): keys ``shrink.*``."""

EN: dict[str, str] = {
    "shrink.params": "learned: only the head {head}, {head_params} parameters; the dense network learns "
    "{dense_params}, {fewer} times as many",
    "shrink.accuracy": "test accuracy: fixed edges + head {head}, dense network {dense} "
    "({gap} points; the head learned from {train} digits)",
}

RU: dict[str, str] = {
    "shrink.params": "обучается только голова {head}: {head_params} параметров; полносвязная нейросеть "
    "обучает {dense_params} — в {fewer} раза больше",
    "shrink.accuracy": "точность на тесте: готовые края + голова — {head}, полносвязная нейросеть — {dense} "
    "({gap} п. п.; голова училась на {train} цифрах)",
}
