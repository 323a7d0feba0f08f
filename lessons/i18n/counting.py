"""Texts of lessons.counting (parameters and values per stage): keys ``counting.*``."""

EN: dict[str, str] = {
    # ----- lessons.counting
    "counting.input": "input",
    "counting.stage": "stage",
    "counting.shape": "shape of one example",
    "counting.values": "values",
    "counting.picture": "picture",
    "counting.outputs": "output values",
    "counting.conv_params": "{layer}: parameters",
    "counting.dense_params": "Dense, same inputs and outputs: parameters",
    "counting.times_more": "times more",
    "counting.model": "model",
    "counting.head": "dense head",
    "counting.head_params": "its parameters",
    "counting.share_of": "share of {layer}",
    "counting.reference": "Parameters of the first layer of the dense network, {layer}: {params}.",
}

RU: dict[str, str] = {
    # ----- lessons.counting
    "counting.input": "вход",
    "counting.stage": "этап",
    "counting.shape": "форма одного примера",
    "counting.values": "значений",
    "counting.picture": "картинка",
    "counting.outputs": "значений на выходе",
    "counting.conv_params": "{layer}: параметров",
    "counting.dense_params": "Dense с теми же входами и выходами: параметров",
    "counting.times_more": "во сколько раз больше",
    "counting.model": "модель",
    "counting.head": "полносвязная голова",
    "counting.head_params": "её параметров",
    "counting.share_of": "доля от {layer}",
    "counting.reference": "Число параметров первого слоя полносвязной нейросети, {layer}: {params}.",
}
