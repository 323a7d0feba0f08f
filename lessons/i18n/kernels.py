"""Texts of the ``kernels`` area, in English (``EN``) and Russian (``RU``), with the same keys.

``kernels.<name>``: the one-line description of each kernel of :mod:`lessons.kernels` (shown by the
widgets under the kernel); ``kernels.title.<name>``: its short name for menus.
Signs are those of correlation, the operation the course uses.
"""

EN: dict[str, str] = {
    "kernels.identity": "Identity: 1 in the centre, so every pixel stays as it is.",
    "kernels.box_blur": "Box blur: each pixel becomes the mean of its window, which smears edges.",
    "kernels.gaussian_blur": "Gaussian blur: a weighted mean in which near neighbours count more.",
    "kernels.sharpen": "Sharpen: the image minus its Laplacian; each pixel is pushed away from its "
    "neighbours.",
    "kernels.emboss": "Emboss: relief lit from the top left; bright where the image gets brighter "
    "towards the bottom right.",
    "kernels.outline": "Outline: 8 times the pixel minus its 8 neighbours; zero on flat areas, bright on "
    "edges in every direction.",
    "kernels.laplacian_4": "Laplacian (4 neighbours): second derivative; zero on flat areas and even "
    "slopes, opposite signs on the two sides of an edge.",
    "kernels.laplacian_8": "Laplacian (8 neighbours): the same with the diagonals, the same in every "
    "direction.",
    "kernels.sobel_x": "Sobel x: difference left to right, smoothing [1, 2, 1] top to bottom; positive "
    "where it is brighter to the right.",
    "kernels.sobel_y": "Sobel y: difference top to bottom, smoothing [1, 2, 1] left to right; positive "
    "where it is brighter below.",
    "kernels.prewitt_x": "Prewitt x: difference left to right, plain mean [1, 1, 1] top to bottom; "
    "positive where it is brighter to the right.",
    "kernels.prewitt_y": "Prewitt y: difference top to bottom, plain mean [1, 1, 1] left to right; "
    "positive where it is brighter below.",
    "kernels.scharr_x": "Scharr x: difference left to right, smoothing [3, 10, 3] top to bottom; turns "
    "most evenly with the edge; positive where brighter to the right.",
    "kernels.scharr_y": "Scharr y: difference top to bottom, smoothing [3, 10, 3] left to right; "
    "positive where brighter below.",
    "kernels.neighbour_x": "Neighbour difference: the right pixel minus this pixel; positive where it "
    "gets brighter to the right.",
    "kernels.neighbour_y": "Vertical neighbour difference: the pixel below minus this pixel; positive "
    "where it gets brighter downwards.",
    "kernels.title.identity": "identity",
    "kernels.title.box_blur": "box blur",
    "kernels.title.gaussian_blur": "Gaussian blur",
    "kernels.title.sharpen": "sharpen",
    "kernels.title.emboss": "emboss",
    "kernels.title.outline": "outline",
    "kernels.title.laplacian_4": "Laplacian, 4 neighbours",
    "kernels.title.laplacian_8": "Laplacian, 8 neighbours",
    "kernels.title.sobel_x": "Sobel x",
    "kernels.title.sobel_y": "Sobel y",
    "kernels.title.prewitt_x": "Prewitt x",
    "kernels.title.prewitt_y": "Prewitt y",
    "kernels.title.scharr_x": "Scharr x",
    "kernels.title.scharr_y": "Scharr y",
    "kernels.title.neighbour_x": "neighbour difference, x",
    "kernels.title.neighbour_y": "neighbour difference, y",
}

RU: dict[str, str] = {
    "kernels.identity": "Тождественное ядро: единица в центре, каждый пиксель остаётся как был.",
    "kernels.box_blur": "Равномерное размытие: пиксель становится средним своего окна, края расплываются.",
    "kernels.gaussian_blur": "Гауссово размытие: взвешенное среднее, где ближние соседи весят больше.",
    "kernels.sharpen": "Резкость: изображение минус его лапласиан; пиксель отталкивается от соседей.",
    "kernels.emboss": "Тиснение: рельеф, освещённый слева сверху; светлое там, где изображение светлеет "
    "вправо вниз.",
    "kernels.outline": "Контур: восемь раз пиксель минус восемь соседей; ноль на ровных местах, светится "
    "на краях любого направления.",
    "kernels.laplacian_4": "Лапласиан (4 соседа): вторая производная; ноль на ровных местах и ровных "
    "склонах, разные знаки по две стороны края.",
    "kernels.laplacian_8": "Лапласиан (8 соседей): то же с диагоналями, одинаково во всех направлениях.",
    "kernels.sobel_x": "Собель по x: разность по горизонтали, сглаживание [1, 2, 1] по вертикали; отклик "
    "положителен там, где правее светлее.",
    "kernels.sobel_y": "Собель по y: разность по вертикали, сглаживание [1, 2, 1] по горизонтали; отклик "
    "положителен там, где ниже светлее.",
    "kernels.prewitt_x": "Превитт по x: разность по горизонтали, простое среднее [1, 1, 1] по вертикали; "
    "отклик положителен там, где правее светлее.",
    "kernels.prewitt_y": "Превитт по y: разность по вертикали, простое среднее [1, 1, 1] по горизонтали; "
    "отклик положителен там, где ниже светлее.",
    "kernels.scharr_x": "Шарр по x: разность по горизонтали, сглаживание [3, 10, 3] по вертикали; ровнее "
    "всех поворачивается вслед за краем; отклик положителен там, где правее светлее.",
    "kernels.scharr_y": "Шарр по y: разность по вертикали, сглаживание [3, 10, 3] по горизонтали; отклик "
    "положителен там, где ниже светлее.",
    "kernels.neighbour_x": "Разность соседей: правый пиксель минус этот; положительна там, где правее "
    "светлее.",
    "kernels.neighbour_y": "Разность соседей по вертикали: нижний пиксель минус этот; положительна там, "
    "где ниже светлее.",
    "kernels.title.identity": "тождественное",
    "kernels.title.box_blur": "равномерное размытие",
    "kernels.title.gaussian_blur": "гауссово размытие",
    "kernels.title.sharpen": "резкость",
    "kernels.title.emboss": "тиснение",
    "kernels.title.outline": "контур",
    "kernels.title.laplacian_4": "лапласиан, 4 соседа",
    "kernels.title.laplacian_8": "лапласиан, 8 соседей",
    "kernels.title.sobel_x": "Собель, x",
    "kernels.title.sobel_y": "Собель, y",
    "kernels.title.prewitt_x": "Превитт, x",
    "kernels.title.prewitt_y": "Превитт, y",
    "kernels.title.scharr_x": "Шарр, x",
    "kernels.title.scharr_y": "Шарр, y",
    "kernels.title.neighbour_x": "разность соседей, x",
    "kernels.title.neighbour_y": "разность соседей, y",
}
