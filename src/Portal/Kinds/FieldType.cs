namespace Portal.Kinds;

/// <summary>The shape of a front-matter value: what a form or a new-page template offers for it.</summary>
public enum FieldType
{
    Text,
    TextList,
    Date,
    WholeNumber,

    /// <summary>A number that may have decimals (an amount in baht).</summary>
    Number,
    Boolean,

    /// <summary>A mapping or a list of mappings with a reader of the kind's own.</summary>
    Structured,
}
