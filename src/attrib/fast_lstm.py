"""stanza's LSTMs at inference as oneDNN bfloat16 LSTMs over padded batches.

stanza feeds its LSTMs (tokenizer, character models, tagger, parser) packed
sequences.  torch runs a packed LSTM step by step with float32 matrix products:
its oneDNN kernel takes padded tensors only.  In a py-spy profile of PolNeAR
analyses the LSTMs were 46 % of all time, at about 85 GFLOP/s on one core: the
float32 products were already near the core's peak, so only a cheaper number
format makes them faster.  On CPUs with bfloat16 instructions (AVX512-BF16, AMX)
a oneDNN bfloat16 LSTM runs about 1.75x as fast as the float32 one
(a 400-in, 200-hidden bidirectional layer, 20 x 30 words: 13.1 ms -> 7.3 ms).

A bidirectional layer runs as two one-direction passes over the padded batch, the
backward one over each sequence reversed within its own length, so that padding
never enters a real word's state (in float32 the outputs equal torch's packed
LSTM up to rounding).  Final hidden states are read at each sequence's last word;
final cell states are not computed and come back as NaN, so that a caller which
read them would fail loudly (stanza's taggers, parser, character models and
tokenizer read outputs and final hidden states only).

bfloat16 keeps 8 bits of mantissa (oneDNN accumulates its products in float32).
Measured on EWT dev through attrib's NLP layer: UPOS 94.13 -> 94.14, XPOS 93.52
-> 93.52, UAS 84.18 -> 84.20, LAS 80.89 -> 80.91, tokenisation unchanged; the
PolNeAR dev attributions are identical.  Where the CPU has no bfloat16
instructions the models keep torch's own LSTM (a float32 padded pass is no faster).
"""

from __future__ import annotations

from typing import Any

__all__ = ["bfloat16_lstm_supported", "replace_lstms"]


def bfloat16_lstm_supported() -> bool:
    """Whether torch's oneDNN build runs bfloat16 LSTMs natively on this CPU.

    oneDNN also accepts bfloat16 on AVX-512 CPUs without bfloat16 instructions, converting in
    software, which is not expected to beat float32 (only native AVX512-BF16 was measured here),
    so the CPU's own bfloat16 support (AVX512-BF16 or AMX) is asked too.
    ``ATTRIB_BFLOAT16=0`` turns the bfloat16 path off (to measure the float32 one).
    """
    import os

    import torch

    if os.environ.get("ATTRIB_BFLOAT16", "").strip() == "0":
        return False
    try:
        native = torch.cpu._is_avx512_bf16_supported() or torch.cpu._is_amx_tile_supported()
        return bool(native and torch.backends.mkldnn.is_available() and torch.ops.mkldnn._is_mkldnn_bf16_supported())
    except (AttributeError, RuntimeError):  # a torch build without the probes
        return False


def _rows(x: Any, rows: Any) -> Any:
    """``x`` (steps x batch x features) with its (step, sequence) rows in the order ``rows``."""
    return x.reshape(-1, x.shape[2]).index_select(0, rows).view(x.shape)


def _padded_lstm_class() -> Any:
    """The module class (torch is imported lazily, as everywhere in the NLP layer)."""
    import torch
    from torch.nn.utils.rnn import PackedSequence, pack_padded_sequence, pad_packed_sequence

    class PaddedLSTM(torch.nn.Module):
        """An eval-mode ``nn.LSTM``'s weights in ``dtype``, run one layer and direction at a time."""

        def __init__(self, lstm: torch.nn.LSTM, dtype: torch.dtype) -> None:
            super().__init__()
            if lstm.proj_size or not lstm.bias:
                raise ValueError("only LSTMs with biases and without projections are supported")
            self.batch_first = lstm.batch_first
            self.hidden_size = lstm.hidden_size
            self.num_layers = lstm.num_layers
            self.directions = 2 if lstm.bidirectional else 1
            self.dtype = dtype
            flat = [weight.detach().to(dtype) for weight in lstm._flat_weights]
            # per layer and direction: weight_ih, weight_hh, bias_ih, bias_hh
            self.passes = [flat[4 * k:4 * k + 4] for k in range(self.num_layers * self.directions)]

        def forward(self, input: Any, hx: tuple[Any, Any] | None = None) -> tuple[Any, tuple[Any, Any]]:
            packed = isinstance(input, PackedSequence)
            if packed:
                x, lengths = pad_packed_sequence(input, batch_first=False)
                order = input.sorted_indices
                if order is not None:  # pad_packed_sequence restored the caller's order
                    x, lengths = x.index_select(1, order), lengths.index_select(0, order)
                    if hx is not None:
                        hx = (hx[0].index_select(1, order), hx[1].index_select(1, order))
            else:
                x = input.transpose(0, 1) if self.batch_first else input
                lengths = torch.full((x.shape[1],), x.shape[0], dtype=torch.long)
            steps, batch, hidden = x.shape[0], x.shape[1], self.hidden_size
            # rows of the (steps * batch) flattened batch: ``index_select`` on rows is ~25x
            # faster than ``gather`` with a broadcast index here
            step = torch.arange(steps).unsqueeze(1)
            length = lengths.unsqueeze(0)
            column = torch.arange(batch)
            # each sequence reversed within its length (its own inverse); padding stays put
            reverse = (torch.where(step < length, length - 1 - step, step) * batch + column).view(-1)
            last = (lengths - 1) * batch + column
            x = x.to(self.dtype)
            finals = []
            for layer in range(self.num_layers):
                outputs = []
                for direction in range(self.directions):
                    k = layer * self.directions + direction
                    if hx is None:
                        h0 = c0 = x.new_zeros(1, batch, hidden)
                    else:
                        h0 = hx[0][k:k + 1].to(self.dtype).contiguous()
                        c0 = hx[1][k:k + 1].to(self.dtype).contiguous()
                    seq = x if direction == 0 else _rows(x, reverse)
                    out = torch.lstm(seq, (h0, c0), self.passes[k], True, 1, 0.0, False, False, False)[0]
                    finals.append(out.reshape(steps * batch, hidden).index_select(0, last).unsqueeze(0))
                    if direction == 1:
                        out = _rows(out, reverse)
                    outputs.append(out)
                x = torch.cat(outputs, 2) if len(outputs) > 1 else outputs[0]
            h_n = torch.cat(finals, 0).float()
            c_n = torch.full_like(h_n, float("nan"))
            out = x.float()
            if not packed:
                return (out.transpose(0, 1) if self.batch_first else out), (h_n, c_n)
            data = pack_padded_sequence(out, lengths)
            result = PackedSequence(data.data, data.batch_sizes, input.sorted_indices, input.unsorted_indices)
            if input.unsorted_indices is not None:
                h_n, c_n = h_n.index_select(1, input.unsorted_indices), c_n.index_select(1, input.unsorted_indices)
            return result, (h_n, c_n)

    return PaddedLSTM


def replace_lstms(model: Any, dtype: Any = None) -> int:
    """Swap every plain ``nn.LSTM`` inside ``model`` for a padded ``dtype`` one (default bfloat16).

    For inference only (the copies hold detached weights).  Returns how many were replaced.
    """
    import torch

    dtype = torch.bfloat16 if dtype is None else dtype
    padded = _padded_lstm_class()
    replaced = 0
    for module in list(model.modules()):
        for name, child in list(module.named_children()):
            if type(child) is torch.nn.LSTM and not child.proj_size and child.bias:
                setattr(module, name, padded(child, dtype))
                replaced += 1
    return replaced
