using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using TagDirective = YamlDotNet.Core.Tokens.TagDirective;

namespace Portal.Content;

/// <summary>
/// Reads the flat YAML most front matter is (<c>key: value</c> lines, each value a one-line quoted or plain
/// scalar or a one-line flow sequence of them) into exactly the events YamlDotNet's <see cref="Parser"/> gives for
/// it, marks included, at a fraction of its cost: YamlDotNet's scanner was a sizeable part of loading a large site.
/// <see cref="TryCreate"/> reads the whole text before handing out any event and declines anything outside that
/// subset, so every other text, and every broken one, still goes to YamlDotNet.
/// </summary>
internal sealed class SimpleYamlParser : IParser
{
    /// <summary>YamlDotNet refuses a key of 1,024 characters or more; far below that, there is nothing to check.</summary>
    private const int MaxKeyLength = 128;

    private static readonly Mark Origin = new(0, 1, 1);

    /// <summary>
    /// The tag handles every implicit document starts with, as YamlDotNet lists them. Made once: each
    /// <see cref="TagDirective"/> checks its handle with a regular expression.
    /// </summary>
    private static readonly TagDirective[] DefaultTagDirectives = [new("!", "!"), new("!!", "tag:yaml.org,2002:")];

    private readonly List<ParsingEvent> _events;
    private int _next;

    private SimpleYamlParser(List<ParsingEvent> events) => _events = events;

    public ParsingEvent? Current { get; private set; }

    /// <summary>A parser for <paramref name="yaml"/>, or null when the text is not entirely inside the subset.</summary>
    public static SimpleYamlParser? TryCreate(string yaml)
    {
        if (!HasOnlySimpleCharacters(yaml))
        {
            return null;
        }

        var events = new List<ParsingEvent>(16) { new StreamStart(Origin, Origin) };
        var line = 1;
        var lineStart = 0;
        while (lineStart < yaml.Length)
        {
            var newline = yaml.IndexOf('\n', lineStart);
            var next = newline < 0 ? yaml.Length : newline + 1;
            var contentEnd = newline < 0 ? yaml.Length : newline > lineStart && yaml[newline - 1] == '\r' ? newline - 1 : newline;
            var reader = new LineReader(yaml, lineStart, contentEnd, line, events);
            if (!reader.IsBlankOrComment())
            {
                if (events.Count == 1)
                {
                    var first = new Mark(lineStart, line, 1);
                    events.Add(new DocumentStart(null, new TagDirectiveCollection(DefaultTagDirectives), true, first, first));
                    events.Add(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block, first, first));
                }

                if (!reader.ReadEntry())
                {
                    return null;
                }
            }

            line++;
            lineStart = next;
        }

        if (events.Count == 1)
        {
            // Only blank lines and comments: YamlDotNet makes no document of that, and it is rare enough to leave to it.
            return null;
        }

        // YamlDotNet ends the stream at the start of the line after the last one, also when the text has no final newline.
        var end = new Mark(yaml.Length, line, 1);
        events.Add(new MappingEnd(end, end));
        events.Add(new DocumentEnd(true, end, end));
        events.Add(new StreamEnd(end, end));
        return new SimpleYamlParser(events);
    }

    public bool MoveNext()
    {
        if (_next == _events.Count)
        {
            Current = null;
            return false;
        }

        Current = _events[_next++];
        return true;
    }

    /// <summary>
    /// Printable characters only, with no tab, no byte order mark and no line end but <c>\n</c> and <c>\r\n</c>:
    /// YamlDotNet reads the others as line breaks, or refuses them, or keeps a BOM as part of a key.
    /// </summary>
    private static bool HasOnlySimpleCharacters(string yaml)
    {
        for (var i = 0; i < yaml.Length; i++)
        {
            var c = yaml[i];
            if (c is (>= ' ' and <= '~') or '\n')
            {
                continue;
            }

            if (c == '\r' || char.IsHighSurrogate(c))
            {
                var pairs = i + 1 < yaml.Length && (c == '\r' ? yaml[i + 1] == '\n' : char.IsLowSurrogate(yaml[i + 1]));
                if (!pairs)
                {
                    return false;
                }

                i++;
                continue;
            }

            if (c < '\u00A0' || char.IsSurrogate(c) || c is '\uFEFF' or '\u2028' or '\u2029' or '\uFFFE' or '\uFFFF')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads one line, from its first character to its line end, adding the events of its entry.</summary>
    private ref struct LineReader(string text, int start, int end, int line, List<ParsingEvent> events)
    {
        private readonly int _lineStart = start;
        private int _position = start;

        public readonly bool IsBlankOrComment()
        {
            var first = text.AsSpan(_lineStart, end - _lineStart).IndexOfAnyExcept(' ');
            return first < 0 || text[_lineStart + first] == '#';
        }

        /// <summary><c>key:</c> at the start of the line, then an empty value (a null) or a value and nothing else but spaces.</summary>
        public bool ReadEntry()
        {
            var keyEnd = _position;
            while (keyEnd < end && IsKeyCharacter(text[keyEnd]))
            {
                keyEnd++;
            }

            var keyLength = keyEnd - _position;
            if (keyLength is 0 or > MaxKeyLength || text[_position] == '-' || keyEnd == end || text[keyEnd] != ':'
                || (keyEnd + 1 < end && text[keyEnd + 1] != ' '))
            {
                return false;
            }

            events.Add(Scalar(text.Substring(_position, keyLength), ScalarStyle.Plain, _position, keyEnd, isKey: true));
            _position = keyEnd + 1;
            var afterColon = _position;
            SkipSpaces();
            if (_position == end)
            {
                events.Add(Scalar("", ScalarStyle.Plain, afterColon, afterColon, isKey: false));
                return true;
            }

            if (!(text[_position] == '[' ? ReadFlowSequence() : ReadScalar(inFlow: false)))
            {
                return false;
            }

            SkipSpaces();
            return _position == end;
        }

        private bool ReadFlowSequence()
        {
            var open = Here();
            events.Add(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Flow, open, open));
            _position++;
            SkipSpaces();
            if (_position < end && text[_position] != ']')
            {
                while (true)
                {
                    if (!ReadScalar(inFlow: true))
                    {
                        return false;
                    }

                    SkipSpaces();
                    if (_position == end || text[_position] is not (',' or ']'))
                    {
                        return false;
                    }

                    if (text[_position] == ']')
                    {
                        break;
                    }

                    _position++;
                    SkipSpaces();
                }
            }

            if (_position == end)
            {
                return false;
            }

            var close = Here();
            events.Add(new SequenceEnd(close, close));
            _position++;
            return true;
        }

        private bool ReadScalar(bool inFlow) =>
            _position < end && text[_position] switch
            {
                '"' => ReadDoubleQuoted(),
                '\'' => ReadSingleQuoted(),
                _ => ReadPlain(inFlow),
            };

        /// <summary>Without escapes: a backslash anywhere sends the text to YamlDotNet.</summary>
        private bool ReadDoubleQuoted()
        {
            var open = _position;
            var close = text.IndexOf('"', open + 1, end - open - 1);
            if (close < 0 || text.AsSpan(open + 1, close - open - 1).Contains('\\'))
            {
                return false;
            }

            _position = close + 1;
            events.Add(Scalar(text.Substring(open + 1, close - open - 1), ScalarStyle.DoubleQuoted, open, _position, isKey: false));
            return true;
        }

        /// <summary>Two single quotes stand for one.</summary>
        private bool ReadSingleQuoted()
        {
            var open = _position;
            var from = open + 1;
            StringBuilder? value = null;
            while (true)
            {
                var quote = from < end ? text.IndexOf('\'', from, end - from) : -1;
                if (quote < 0)
                {
                    return false;
                }

                if (quote + 1 < end && text[quote + 1] == '\'')
                {
                    (value ??= new StringBuilder()).Append(text, from, quote + 1 - from);
                    from = quote + 2;
                    continue;
                }

                _position = quote + 1;
                var last = text.Substring(from, quote - from);
                events.Add(Scalar(value is null ? last : value.Append(last).ToString(), ScalarStyle.SingleQuoted, open, _position, isKey: false));
                return true;
            }
        }

        /// <summary>
        /// A plain scalar that can only be a string or a number or a date: no indicator first, no comment or
        /// <c>: </c> inside; in a flow sequence it ends at a comma or the bracket and may hold no other flow indicator.
        /// Spaces after it are not part of it.
        /// </summary>
        private bool ReadPlain(bool inFlow)
        {
            var start = _position;
            if (IsIndicator(text[start]))
            {
                return false;
            }

            var valueEnd = start;
            for (; _position < end; _position++)
            {
                var c = text[_position];
                if (c == ' ')
                {
                    if (_position + 1 < end && text[_position + 1] == '#')
                    {
                        return false;
                    }

                    continue;
                }

                if (inFlow && c is ',' or ']')
                {
                    break;
                }

                if (c == ':' && (inFlow || _position + 1 == end || text[_position + 1] == ' '))
                {
                    return false;
                }

                if (inFlow && c is '[' or '{' or '}' or '#')
                {
                    return false;
                }

                valueEnd = _position + 1;
            }

            if (inFlow && _position == end)
            {
                return false;
            }

            events.Add(Scalar(text.Substring(start, valueEnd - start), ScalarStyle.Plain, start, valueEnd, isKey: false));
            return true;
        }

        private void SkipSpaces()
        {
            while (_position < end && text[_position] == ' ')
            {
                _position++;
            }
        }

        private readonly Mark Here() => At(_position);

        private readonly Mark At(int index) => new(index, line, index - _lineStart + 1);

        private readonly Scalar Scalar(string value, ScalarStyle style, int from, int to, bool isKey)
        {
            var plain = style == ScalarStyle.Plain;
            return new Scalar(AnchorName.Empty, TagName.Empty, value, style, plain, !plain, At(from), At(to), isKey);
        }
    }

    private static bool IsKeyCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-';

    private static bool IsIndicator(char c) => c is '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*'
        or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`';
}
