using Portal.Diagnostics;

namespace Portal.Site;

/// <summary>A check of the site model at the validate stage (a data file's entries, what pages refer to), registered by a feature.</summary>
public interface ISiteValidator
{
    void Validate(SiteModel site, DiagnosticBag diagnostics);
}
