using Portal.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Portal.Content;

/// <summary>
/// Hands YAML events to the loader one at a time and stops with a diagnostic before the loader can go
/// too deep: nesting past <see cref="MaxDepth"/>, an alias before its anchor or inside it, aliases that together
/// stand for more than <see cref="MaxAliasNodes"/> nodes ("billion laughs"), or a scalar holding a character
/// <see cref="ContentCharacters"/> refuses. The loader and every reader after it recurse over the nodes,
/// and a stack overflow ends the process with no chance to report it, so the limits are checked here,
/// as the events stream past, before any recursion. Depth counts what the aliases expand to.
/// </summary>
internal sealed class CheckedYamlParser(IParser inner) : IParser
{
    /// <summary>The deepest nesting of mappings and sequences (docs/content.md, "ขีดจำกัด").</summary>
    public const int MaxDepth = 64;

    /// <summary>The most nodes all the aliases of one file may stand for together (docs/content.md, "ขีดจำกัด").</summary>
    public const int MaxAliasNodes = 10_000;

    private readonly Stack<Collection> _open = new();
    private readonly Dictionary<string, (long Nodes, int Height)> _anchors = new(StringComparer.Ordinal);
    private long _aliasNodes;

    /// <summary>Where the last event ended: the best position for a parser failure that carries none.</summary>
    public Mark LastPosition { get; private set; } = Mark.Empty;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        var current = inner.Current!;
        LastPosition = current.End;
        switch (current)
        {
            case MappingStart or SequenceStart:
                if (_open.Count + 1 > MaxDepth)
                {
                    throw TooDeep(current.Start);
                }

                _open.Push(new Collection(AnchorOf((NodeEvent)current)));
                break;
            case MappingEnd or SequenceEnd:
                var closed = _open.Pop();
                Remember(closed.Anchor, closed.Nodes, closed.Height);
                AddToParent(closed.Nodes, closed.Height);
                break;
            case Scalar scalar:
                CheckCharacters(scalar);
                // A scalar is one node and no level: only mappings and sequences nest.
                Remember(AnchorOf(scalar), 1, 0);
                AddToParent(1, 0);
                break;
            case AnchorAlias alias:
                Expand(alias);
                break;
        }

        return true;
    }

    private void Expand(AnchorAlias alias)
    {
        var name = alias.Value.Value;
        if (_open.Any(c => c.Anchor == name))
        {
            throw new LimitException(DiagnosticCode.YamlAliasExpansion, alias.Start,
                $"*{name} อ้างถึง &{name} ซึ่งยังเขียนไม่จบ (อ้างถึงตัวเอง) ให้เลิกใช้ alias นี้",
                $"the alias *{name} is inside its own anchor &{name} (it refers to itself); remove the alias");
        }

        if (!_anchors.TryGetValue(name, out var anchor))
        {
            // YAML allows an alias only after its anchor. The loader would instead keep a placeholder to fill in
            // later, and a placeholder used as a mapping key (*a : x) compares itself with itself until the stack overflows.
            throw new LimitException(DiagnosticCode.InvalidYaml, alias.Start,
                $"*{name} อ้างถึง &{name} ที่ยังไม่ได้เขียนไว้ก่อนหน้า ให้เขียน &{name} ก่อนใช้ *{name}",
                $"the alias *{name} comes before its anchor &{name}, or there is none; write &{name} first");
        }

        _aliasNodes += anchor.Nodes;
        if (_aliasNodes > MaxAliasNodes)
        {
            throw new LimitException(DiagnosticCode.YamlAliasExpansion, alias.Start,
                $"alias (*) ในไฟล์นี้ขยายรวมเกิน {MaxAliasNodes:N0} ค่า ให้เขียนค่าตรง ๆ หรือลดการใช้ alias",
                $"the aliases (*) in this file expand to more than {MaxAliasNodes:N0} values; write the values out or use fewer aliases");
        }

        if (_open.Count + anchor.Height > MaxDepth)
        {
            throw TooDeep(alias.Start);
        }

        AddToParent(anchor.Nodes, anchor.Height);
    }

    private static void CheckCharacters(Scalar scalar)
    {
        var index = ContentCharacters.FindForbidden(scalar.Value);
        if (index >= 0)
        {
            var name = ContentCharacters.Describe(scalar.Value, index);
            throw new LimitException(DiagnosticCode.ForbiddenCharacter, scalar.Start,
                $"ค่านี้มีอักขระควบคุมหรืออักขระต้องห้าม {name} ให้ลบออก",
                $"this value holds the control character or noncharacter {name}; delete it");
        }
    }

    private void Remember(string anchor, long nodes, int height)
    {
        if (anchor.Length > 0)
        {
            _anchors[anchor] = (nodes, height);
        }
    }

    private void AddToParent(long nodes, int height)
    {
        if (_open.TryPeek(out var parent))
        {
            parent.Nodes += nodes;
            parent.Height = Math.Max(parent.Height, height + 1);
        }
    }

    private static string AnchorOf(NodeEvent node) => node.Anchor.IsEmpty ? "" : node.Anchor.Value;

    private static LimitException TooDeep(Mark start) => new(DiagnosticCode.YamlTooDeep, start,
        $"ข้อมูลซ้อนกันลึกเกิน {MaxDepth} ชั้น ให้ลดการซ้อน",
        $"the data is nested more than {MaxDepth} levels deep; flatten it");

    private sealed class Collection(string anchor)
    {
        public string Anchor { get; } = anchor;

        public long Nodes { get; set; } = 1;

        public int Height { get; set; } = 1;
    }

    /// <summary>A limit was hit: the diagnostic to report, at the event that crossed it.</summary>
    public sealed class LimitException(DiagnosticCode code, Mark start, string thai, string english) : Exception(english)
    {
        public DiagnosticCode Code { get; } = code;

        public Mark Start { get; } = start;

        public string ThaiMessage { get; } = thai;
    }
}
