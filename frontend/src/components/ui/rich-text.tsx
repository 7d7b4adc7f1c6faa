import {
  BoldOutlined,
  ItalicOutlined,
  OrderedListOutlined,
  RedoOutlined,
  UnderlineOutlined,
  UndoOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { Button, Flex, Tooltip } from 'antd';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toRichTextHtml } from '@/utils/rich-text';

/**
 * Only what the server keeps (p, br, strong, em, u, s, ul, ol, li, a[href]): anything else in a
 * value is dropped by the schema, so a read-only view never renders more than that.
 */
const extensions = [
  StarterKit.configure({
    heading: false,
    code: false,
    codeBlock: false,
    blockquote: false,
    horizontalRule: false,
    dropcursor: false,
    gapcursor: false,
    trailingNode: false,
    link: {
      openOnClick: false,
      autolink: false,
      linkOnPaste: true,
      protocols: [],
      isAllowedUri: (url) => /^(https?:\/\/|mailto:)/i.test(url.trim()),
    },
  }),
];

type Action = 'bold' | 'italic' | 'underline' | 'bulletList' | 'orderedList' | 'undo' | 'redo';

const ICONS: Record<Action, ReactNode> = {
  bold: <BoldOutlined />,
  italic: <ItalicOutlined />,
  underline: <UnderlineOutlined />,
  bulletList: <UnorderedListOutlined />,
  orderedList: <OrderedListOutlined />,
  undo: <UndoOutlined />,
  redo: <RedoOutlined />,
};

function run(editor: Editor, action: Action) {
  const chain = editor.chain().focus();
  if (action === 'bold') chain.toggleBold().run();
  else if (action === 'italic') chain.toggleItalic().run();
  else if (action === 'underline') chain.toggleUnderline().run();
  else if (action === 'bulletList') chain.toggleBulletList().run();
  else if (action === 'orderedList') chain.toggleOrderedList().run();
  else if (action === 'undo') chain.undo().run();
  else chain.redo().run();
}

function Toolbar({ editor, disabled }: { editor: Editor; disabled?: boolean }) {
  const { t } = useTranslation();
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      underline: e.isActive('underline'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      undo: e.can().undo(),
      redo: e.can().redo(),
    }),
  });
  const actions: Action[] = [
    'bold',
    'italic',
    'underline',
    'bulletList',
    'orderedList',
    'undo',
    'redo',
  ];
  return (
    <Flex gap={2} wrap role="toolbar" aria-label={t('richText.toolbar')} className="rich-text-bar">
      {actions.map((action) => {
        const history = action === 'undo' || action === 'redo';
        const label = t(`richText.${action}`);
        return (
          <Tooltip key={action} title={label} mouseEnterDelay={0.6}>
            <Button
              size="small"
              type={!history && state[action] ? 'primary' : 'text'}
              icon={ICONS[action]}
              aria-label={label}
              aria-pressed={history ? undefined : state[action]}
              disabled={disabled || (history && !state[action])}
              // Keep the selection in the editor while clicking.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => run(editor, action)}
              data-testid={`rich-text-${action}`}
            />
          </Tooltip>
        );
      })}
    </Flex>
  );
}

export interface RichTextProps {
  /** HTML (or older plain text, shown as paragraphs). */
  value?: string | null;
  /** The editor's HTML; "" when it holds no text. */
  onChange?: (html: string) => void;
  /** False: the value is shown read only, without a toolbar. */
  editable?: boolean;
  disabled?: boolean;
  /** The accessible name of the editable area. */
  ariaLabel?: string;
  /** The test id of the editable area. */
  testId?: string;
}

/** A small rich-text editor (bold, italic, underline, lists, undo) or its read-only view. */
export function RichText({
  value,
  onChange,
  editable = true,
  disabled,
  ariaLabel,
  testId,
}: RichTextProps) {
  const html = toRichTextHtml(value);
  // What the editor has reported and the form not yet given back, oldest first: a value that comes
  // back late (while typing on) must not replace what has been typed since.
  const pending = useRef<string[]>([]);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);
  const writable = editable && !disabled;

  const editorProps = useMemo(
    () => ({
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        ...(ariaLabel ? { 'aria-label': ariaLabel } : {}),
        ...(testId ? { 'data-testid': testId } : {}),
        ...(writable ? {} : { 'aria-readonly': 'true' }),
        class: writable ? 'rich-text-input' : 'rich-text-view',
      },
    }),
    [ariaLabel, testId, writable],
  );
  // The first value only; later ones are set by the effect below.
  const [initialContent] = useState(html);
  const editor = useEditor({
    extensions,
    content: initialContent,
    editable: writable,
    editorProps,
    shouldRerenderOnTransaction: false,
    onUpdate: ({ editor: e }) => {
      const next = e.isEmpty ? '' : e.getHTML();
      pending.current = [...pending.current.slice(-20), next];
      onChangeRef.current?.(next);
    },
  });

  useEffect(() => {
    if (editor.isEditable !== writable) editor.setEditable(writable, false);
  }, [editor, writable]);

  useEffect(() => {
    const echoed = pending.current.indexOf(value ?? '');
    if (echoed >= 0) {
      pending.current.splice(0, echoed + 1);
      return;
    }
    pending.current = [];
    const current = editor.isEmpty ? '' : editor.getHTML();
    if (html !== current) editor.commands.setContent(html, { emitUpdate: false });
  }, [editor, value, html]);

  return (
    <div className={editable ? 'rich-text rich-text-editable' : 'rich-text'}>
      {editable && <Toolbar editor={editor} disabled={disabled} />}
      <EditorContent editor={editor} />
    </div>
  );
}
