"""The kernel playground as it runs in a deck: HTML + a small JavaScript correlation, no kernel.

:func:`live_playground_html` embeds the picture (gray, at most :data:`LIVE_SIDE` px on its long
side, 8 bits a pixel) and the kernels of the presets and of the angle slider (computed here, in
Python, by :mod:`lessons.kernels`), and a script that correlates the picture with the kernel on the
sliders in the browser, exactly as ``lessons.conv.correlate2d(image, kernel, padding="same",
boundary=border)`` does, then draws it: gray (low..high of the response), signed (blue-white-red
centred on zero), absolute value, or the outline of the pixels whose ``|response|`` is among the
chosen share of the largest. Every control works offline: the weight sliders, the presets menu,
the angle, the display mode, the share of pixels kept and the border. The labels show their values
from the first frame, in the deck's language (Python writes them first through
:mod:`lessons.i18n`; the browser's ``Intl`` formats them after a move, in the same CLDR locale).

For the tests, ``window.lessonsLive[<id>]`` exposes the state: ``result`` (a ``Float64Array``,
row by row), ``width``, ``height``, ``image`` (the picture as the script sees it), ``setKernel``,
``setBorder``, ``setMode``, ``setShare``, ``lastMs`` (the time of the last update, in ms) and
``keyToPictureMs`` (from the last key press on a control to its new picture, in ms).
"""

from __future__ import annotations

import base64
import html
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from PIL import Image

from lessons.i18n import get_language, integer, percent, significant, tr

#: Long side of the embedded picture, in pixels.
LIVE_SIDE = 256
#: Shares of the pixels the outline may keep (the slider's stops).
KEPT_SHARES: tuple[float, ...] = (0.3, 0.2, 0.15, 0.1, 0.07, 0.05, 0.03, 0.02, 0.01, 0.005)
MODES: tuple[str, ...] = ("gray", "signed", "absolute", "outline")
BORDERS: tuple[str, ...] = ("zero", "reflect", "nearest")
WEIGHT_LIMIT = 10.0
WEIGHT_STEP = 0.1
#: Picture width on the slide, in CSS pixels of the 1280x800 slide.
SHOWN_SIDE = 330


@dataclass(frozen=True)
class Preset:
    """A kernel of the presets menu: its name (the menu's value), its title and its weights."""

    name: str
    title: str
    kernel: np.ndarray


def embedded_picture(image: np.ndarray, side: int = LIVE_SIDE) -> np.ndarray:
    """Return ``image`` as the deck embeds it: ``(h, w)`` uint8, the long side at most ``side`` px.

    Parameters
    ----------
    image : ``(H, W)`` float brightness in [0, 1].
    side : the longest side kept, in pixels.

    Returns
    -------
    ``(h, w)`` uint8; the script works on ``picture / 255``.
    """
    array = np.asarray(image, dtype=np.float64)
    if array.ndim != 2:
        raise ValueError(f"expected a gray image of shape (H, W), got shape {array.shape}")
    gray = Image.fromarray(np.clip(np.round(array * 255.0), 0, 255).astype(np.uint8))
    if max(gray.size) > side:
        gray.thumbnail((side, side), Image.Resampling.LANCZOS)
    return np.asarray(gray, dtype=np.uint8)


def _format_weight(value: float) -> str:
    return significant(round(float(value), 6), 3)


def _texts(image_title: str) -> dict[str, object]:
    return {
        "input": tr("widgets.input_of", image=image_title),
        "output": tr("widgets.output"),
        "preset": tr("widgets.preset"),
        "custom": tr("widgets.custom"),
        "angle": tr("widgets.angle"),
        "mode": tr("widgets.mode"),
        "modes": {mode: tr(f"widgets.mode.{mode}") for mode in MODES},
        "kept": tr("slides.playground.kept"),
        "border": tr("widgets.border"),
        "borders": {border: tr(f"widgets.border.{border}") for border in BORDERS},
        "weights": tr("slides.playground.weights"),
        "note": tr("slides.playground.note"),
    }


def _options(pairs: Sequence[tuple[str, str]], selected: str) -> str:
    return "".join(
        f'<option value="{html.escape(value)}"{" selected" if value == selected else ""}>'
        f"{html.escape(label)}</option>"
        for value, label in pairs
    )


def _weight_grid(uid: str, kernel: np.ndarray) -> str:
    n = kernel.shape[0]
    cells = []
    for i in range(n):
        for j in range(n):
            value = float(kernel[i, j])
            cells.append(
                f'<label class="lessons-live-weight-cell"><input type="range" class="lessons-live-weight" '
                f'id="{uid}-w{i}{j}" min="{-WEIGHT_LIMIT:g}" max="{WEIGHT_LIMIT:g}" step="{WEIGHT_STEP:g}" '
                f'value="{value:.6g}"/><span id="{uid}-w{i}{j}-value">{html.escape(_format_weight(value))}'
                "</span></label>"
            )
    return f'<div class="lessons-live-weights" style="--n:{n}">{"".join(cells)}</div>'


def _row(label: str, control: str, value_id: str = "", value: str = "") -> str:
    shown = ""
    if value_id:
        shown = f'<span class="lessons-live-value" id="{value_id}">{html.escape(value)}</span>'
    label_html = f'<span class="lessons-live-label">{html.escape(label)}</span>'
    return f'<div class="lessons-live-row">{label_html}{control}{shown}</div>'


def _controls(uid: str, texts: dict, presets: Sequence[Preset], preset: str, mode: str, border: str) -> str:
    preset_menu = _options([(p.name, p.title) for p in presets] + [("custom", str(texts["custom"]))], preset)
    mode_menu = _options([(m, texts["modes"][m]) for m in MODES], mode)
    border_menu = _options([(b, texts["borders"][b]) for b in BORDERS], border)
    share = KEPT_SHARES.index(0.1)
    rows = [
        _row(str(texts["preset"]), f'<select id="{uid}-preset">{preset_menu}</select>'),
        _row(
            str(texts["angle"]),
            f'<input type="range" id="{uid}-angle" min="0" max="355" step="5" value="0"/>',
            f"{uid}-angle-value",
            integer(0) + "\u00b0",
        ),
        _row(str(texts["mode"]), f'<select id="{uid}-mode">{mode_menu}</select>'),
        _row(
            str(texts["kept"]),
            f'<input type="range" id="{uid}-share" min="0" max="{len(KEPT_SHARES) - 1}" step="1" '
            f'value="{share}"/>',
            f"{uid}-share-value",
            percent(KEPT_SHARES[share], 1),
        ),
        _row(str(texts["border"]), f'<select id="{uid}-border">{border_menu}</select>'),
    ]
    return "".join(rows)


_STYLE = """
<style>
.lessons-live-playground { font-family: sans-serif; color: #111; font-size: 21px; display: flex; gap: 18px;
  align-items: flex-start; justify-content: center; }
.lessons-live-playground figure { margin: 0; text-align: center; }
.lessons-live-playground canvas { width: %(side)dpx; height: auto; border: 1px solid #ccc; }
.lessons-live-playground .lessons-live-caption { font-weight: 600; margin: 2px 0 4px 0; }
.lessons-live-weights { display: grid; grid-template-columns: repeat(var(--n), auto); gap: 2px 10px; }
.lessons-live-weight-cell { display: flex; flex-direction: column; align-items: center; }
.lessons-live-weight-cell input { width: 130px; }
.lessons-live-row { display: flex; align-items: center; gap: 10px; margin: 6px 0; }
.lessons-live-label { min-width: 7.5em; text-align: right; }
.lessons-live-value { min-width: 3.5em; }
.lessons-live-playground select { font-size: 21px; }
.lessons-live-note { font-size: 21px; color: #444; margin-top: 4px; }
</style>
"""


def live_playground_html(
    image: np.ndarray,
    kernel: np.ndarray,
    *,
    presets: Sequence[Preset],
    angle_kernels: Sequence[np.ndarray],
    preset: str = "custom",
    mode: str = "signed",
    border: str = "reflect",
    image_title: str = "",
    lang: str | None = None,
) -> str:
    """Return the playground's self-contained HTML + JavaScript for a deck (no kernel, no network).

    Parameters
    ----------
    image : ``(H, W)`` float brightness in [0, 1]; embedded as :func:`embedded_picture`.
    kernel : ``(n, n)`` weights in [-10, 10], n odd: the sliders' start.
    presets : the presets menu; each kernel ``(n, n)``.
    angle_kernels : 72 ``(n, n)`` kernels, ``oriented_sobel(5 k)`` for k = 0..71, in the grid.
    preset, mode, border : the start of the menus.
    image_title : the picture's name, in the caption.
    lang : ``"en"`` or ``"ru"``: the numbers' locale in the browser (default: the current language).

    Raises
    ------
    ValueError
        For a kernel that is not square with an odd side, a mode or border not known, or
        angle kernels that are not 72.
    """
    kernel = np.asarray(kernel, dtype=np.float64)
    if kernel.ndim != 2 or kernel.shape[0] != kernel.shape[1] or kernel.shape[0] % 2 == 0:
        raise ValueError(f"the kernel must be square with an odd side, got shape {kernel.shape}")
    if mode not in MODES or border not in BORDERS:
        raise ValueError(f"mode must be one of {MODES} and border one of {BORDERS}, got {mode!r}, {border!r}")
    if len(angle_kernels) != 72:
        raise ValueError(f"expected 72 angle kernels (every 5 degrees), got {len(angle_kernels)}")
    picture = embedded_picture(image)
    uid = "lessons-pg-" + uuid.uuid4().hex[:10]
    texts = _texts(image_title)
    data = _data(picture, kernel, presets, angle_kernels, mode, border, lang)
    payload = json.dumps(data).replace("</", "<\\/")
    body = _body(
        uid,
        picture.shape,
        texts,
        _weight_grid(uid, kernel),
        _controls(uid, texts, presets, preset, mode, border),
        mode,
    )
    return (
        (_STYLE % {"side": SHOWN_SIDE})
        + body
        + f"<script>({_SCRIPT})({json.dumps(uid)}, {payload});</script>"
    )


def _data(
    picture: np.ndarray,
    kernel: np.ndarray,
    presets: Sequence[Preset],
    angle_kernels: Sequence[np.ndarray],
    mode: str,
    border: str,
    lang: str | None,
) -> dict[str, object]:
    """What the script gets: the picture's bytes, the kernels and the starting state."""
    return {
        "lang": lang or get_language(),
        "minus": significant(-1.0, 3, language=lang)[0],
        "width": int(picture.shape[1]),
        "height": int(picture.shape[0]),
        "pixels": base64.b64encode(picture.tobytes()).decode("ascii"),
        "kernel": np.round(kernel, 6).tolist(),
        "presets": {p.name: np.round(p.kernel, 6).tolist() for p in presets},
        "angles": [np.round(k, 6).tolist() for k in angle_kernels],
        "shares": list(KEPT_SHARES),
        "mode": mode,
        "border": border,
    }


def _body(uid: str, shape: tuple[int, int], texts: dict, weights: str, controls: str, mode: str) -> str:
    """The playground's HTML: input and output canvases, the weight grid and the controls."""
    height, width = shape

    def caption(key: str) -> str:
        return html.escape(str(texts[key]))

    return (
        f'<div id="{uid}" class="lessons-static lessons-live-playground" data-live="{uid}">'
        f'<div style="display:flex;flex-direction:column;gap:8px">'
        f'<div style="display:flex;gap:12px">'
        f'<figure><div class="lessons-live-caption">{caption("input")}</div>'
        f'<canvas id="{uid}-in" width="{width}" height="{height}"></canvas></figure>'
        f'<figure><div class="lessons-live-caption" id="{uid}-caption">'
        f"{caption('output')}: {html.escape(str(texts['modes'][mode]))}</div>"
        f'<canvas id="{uid}-out" width="{width}" height="{height}"></canvas></figure>'
        "</div>"
        f'<div class="lessons-live-note">{caption("note")}</div></div>'
        f'<div><div class="lessons-live-caption">{caption("weights")}</div>{weights}{controls}</div>'
        "</div>"
    )


_SCRIPT = r"""
function (id, data) {
  var $ = function (suffix) { return document.getElementById(id + suffix); };
  var W = data.width, H = data.height, raw = atob(data.pixels);
  var image = new Float64Array(W * H);
  for (var p = 0; p < W * H; p++) image[p] = raw.charCodeAt(p) / 255;
  var n = data.kernel.length, kernel = data.kernel.map(function (r) { return r.slice(); });
  var state = {border: data.border, mode: data.mode, share: +$("-share").value};
  var result = new Float64Array(W * H);
  var api = {image: image, result: result, width: W, height: H, lastMs: 0, kernel: kernel, state: state};
  var weightFormat = new Intl.NumberFormat(data.lang, {maximumSignificantDigits: 3});
  var percentFormat = new Intl.NumberFormat(data.lang,
    {style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1});
  var integerFormat = new Intl.NumberFormat(data.lang, {maximumFractionDigits: 0});
  function text(format, value) {  // a typographic minus, as the Python side writes it
    return format.formatToParts(value).map(function (part) {
      return part.type === "minusSign" ? data.minus : part.value; }).join("");
  }
  var padded = null, paddedFor = null, pad = (n - 1) >> 1, PW = W + 2 * pad;
  function index(q, size) {  // the source pixel of padding position q (-1: a zero)
    if (q >= 0 && q < size) return q;
    if (state.border === "nearest") return q < 0 ? 0 : size - 1;
    if (state.border === "reflect") {
      var period = 2 * size; q = ((q % period) + period) % period;
      return q < size ? q : period - 1 - q;
    }
    return -1;
  }
  function padImage() {  // the picture with its border, built once per border
    if (paddedFor === state.border) return;
    padded = new Float64Array(PW * (H + 2 * pad));
    for (var i = -pad; i < H + pad; i++) {
      var r = index(i, H);
      for (var j = -pad; j < W + pad; j++) {
        var s = index(j, W);
        padded[(i + pad) * PW + j + pad] = r < 0 || s < 0 ? 0 : image[r * W + s];
      }
    }
    paddedFor = state.border;
  }
  function correlate() {  // correlate2d(image, kernel, padding="same", boundary=border)
    padImage();
    result.fill(0);
    for (var u = 0; u < n; u++) {
      for (var v = 0; v < n; v++) {
        var w = kernel[u][v];
        if (w === 0) continue;
        for (var i = 0; i < H; i++) {
          var from = (i + u) * PW + v, to = i * W;
          for (var j = 0; j < W; j++) result[to + j] += w * padded[from + j];
        }
      }
    }
  }
  function quantileOfAbs(q) {  // the q-quantile of |result| (nearest rank), by quickselect
    var a = Float64Array.from(result, Math.abs), k = Math.round(q * (a.length - 1));
    var lo = 0, hi = a.length - 1;
    while (lo < hi) {
      var pivot = a[(lo + hi) >> 1], i = lo, j = hi;
      while (i <= j) {
        while (a[i] < pivot) i++;
        while (a[j] > pivot) j--;
        if (i <= j) { var t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
      }
      if (k <= j) hi = j; else if (k >= i) lo = i; else break;
    }
    return a[k];
  }
  function draw(canvas, values, pixel) {
    var context = canvas.getContext("2d"), picture = context.createImageData(W, H), d = picture.data;
    for (var p = 0; p < W * H; p++) {
      var rgb = pixel(values[p]);
      d[4 * p] = rgb[0]; d[4 * p + 1] = rgb[1]; d[4 * p + 2] = rgb[2]; d[4 * p + 3] = 255;
    }
    context.putImageData(picture, 0, 0);
  }
  function gray(low, high) {
    var span = high > low ? high - low : 1;
    return function (x) {
      var g = Math.round(255 * Math.min(1, Math.max(0, (x - low) / span)));
      return [g, g, g];
    };
  }
  function render() {
    var mode = state.mode, pixel;
    if (mode === "outline") {
      var t = quantileOfAbs(1 - data.shares[state.share]);
      pixel = function (x) { return Math.abs(x) > t ? [0, 0, 0] : [255, 255, 255]; };
    } else if (mode === "absolute") {
      var top = quantileOfAbs(0.995) || 1;
      pixel = function (x) {
        var g = 255 - Math.round(255 * Math.min(1, Math.abs(x) / top));
        return [g, g, g];
      };
    } else if (mode === "signed") {
      var limit = quantileOfAbs(0.995) || 1;
      pixel = function (x) {
        var a = Math.min(1, Math.abs(x) / limit), keep = Math.round(255 * (1 - a));
        return x >= 0 ? [255, keep, keep] : [keep, keep, 255];
      };
    } else {
      var low = Infinity, high = -Infinity;
      for (var p = 0; p < result.length; p++) {
        if (result[p] < low) low = result[p];
        if (result[p] > high) high = result[p];
      }
      pixel = gray(low, high);
    }
    draw($("-out"), result, pixel);
    $("-caption").textContent = $("-caption").textContent.split(":")[0] + ": " +
      $("-mode").options[$("-mode").selectedIndex].text;
    $("-share-value").textContent = text(percentFormat, data.shares[state.share]);
    if (api.keyAt) { api.keyToPictureMs = performance.now() - api.keyAt; api.keyAt = 0; }
  }
  function update() {
    var start = performance.now();
    correlate(); render();
    api.lastMs = performance.now() - start;
  }
  var root = document.getElementById(id);
  root.addEventListener("keydown", function () { api.keyAt = performance.now(); }, true);
  function showWeights() {
    for (var i = 0; i < n; i++) for (var j = 0; j < n; j++) {
      $("-w" + i + j).value = kernel[i][j];
      $("-w" + i + j + "-value").textContent = text(weightFormat, kernel[i][j]);
    }
  }
  function setKernel(values) {
    for (var i = 0; i < n; i++) for (var j = 0; j < n; j++) kernel[i][j] = values[i][j];
    showWeights(); update();
  }
  for (var i = 0; i < n; i++) for (var j = 0; j < n; j++) (function (i, j) {
    $("-w" + i + j).addEventListener("input", function (event) {
      kernel[i][j] = +event.target.value; $("-preset").value = "custom";
      $("-w" + i + j + "-value").textContent = text(weightFormat, kernel[i][j]); update();
    });
  })(i, j);
  $("-preset").addEventListener("change", function (event) {
    var chosen = data.presets[event.target.value];
    if (!chosen) return;
    var sum = chosen.flat().reduce(function (a, b) { return a + b; }, 0);
    if (state.mode === "gray" || state.mode === "signed") {
      state.mode = Math.abs(sum) < 1e-9 ? "signed" : "gray";
      $("-mode").value = state.mode;
    }
    setKernel(chosen);
  });
  $("-angle").addEventListener("input", function (event) {
    var a = +event.target.value;
    $("-angle-value").textContent = text(integerFormat, a) + "\u00b0";
    $("-preset").value = "custom";
    if (state.mode === "gray") { state.mode = "signed"; $("-mode").value = "signed"; }
    setKernel(data.angles[Math.round(a / 5)]);
  });
  $("-mode").addEventListener("change", function (event) { state.mode = event.target.value; render(); });
  $("-share").addEventListener("input", function (event) {
    state.share = +event.target.value;
    if (state.mode !== "outline") { state.mode = "outline"; $("-mode").value = "outline"; }
    render();
  });
  $("-border").addEventListener("change", function (event) { state.border = event.target.value; update(); });
  api.setKernel = setKernel;
  api.setBorder = function (b) { state.border = b; $("-border").value = b; update(); };
  api.setMode = function (m) { state.mode = m; $("-mode").value = m; render(); };
  api.setShare = function (k) {
    state.share = k; state.mode = "outline"; $("-share").value = k; $("-mode").value = "outline"; render();
  };
  draw($("-in"), image, function (x) { var g = Math.round(255 * x); return [g, g, g]; });
  update();
  window.lessonsLive = window.lessonsLive || {};
  window.lessonsLive[id] = api;
}
"""
