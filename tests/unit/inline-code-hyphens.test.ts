import assert from 'node:assert/strict';
import {test} from 'node:test';
import remarkInlineCodeHyphens, {inlineCodePieces} from '../../src/plugins/inline-code-hyphens/remark';

/** The pieces as text, with the unbroken words in [brackets]. */
const shown = (value: string): string =>
  inlineCodePieces(value)
    .map((piece) => (piece.type === 'element' ? `[${piece.children[0]!.value}]` : piece.value))
    .join('');

test('command-line options are kept whole; other hyphenated words and paths may still wrap', () => {
  assert.equal(shown('--cap-drop'), '[--cap-drop]');
  assert.equal(shown('docker run --rm -v /var/lib/docker-ce:/data alpine'), 'docker run [--rm] [-v] /var/lib/docker-ce:/data alpine');
  assert.equal(shown('--security-opt no-new-privileges'), '[--security-opt] no-new-privileges');
  assert.equal(shown('--mount=type=bind,src=a'), '[--mount]=type=bind,src=a');
  assert.equal(shown('(--cap-add) "-p"'), '([--cap-add]) "[-p]"');
  assert.equal(shown('io.containerd.runc.v2'), 'io.containerd.runc.v2');
  assert.equal(shown('a - b -- c'), 'a - b -- c');
  assert.equal(shown('user-ns'), 'user-ns');
  assert.equal(
    inlineCodePieces('--cap-drop ALL')
      .map((piece) => (piece.type === 'text' ? piece.value : piece.children[0]!.value))
      .join(''),
    '--cap-drop ALL',
  );
});

test('only inline code with an option gets HTML children; other code is left alone', () => {
  const tree = {
    type: 'root',
    children: [
      {type: 'inlineCode', value: '--cap-drop'},
      {type: 'inlineCode', value: 'overlay2'},
      {type: 'code', value: 'docker run --cap-drop ALL'},
    ],
  };
  remarkInlineCodeHyphens()(tree);
  const [option, plain, block] = tree.children as Array<{data?: {hChildren?: unknown[]}}>;
  assert.equal(option!.data?.hChildren?.length, 1);
  assert.equal(plain!.data, undefined);
  assert.equal(block!.data, undefined);
});
