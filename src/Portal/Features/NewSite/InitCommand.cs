using Portal.Commands;
using Portal.Site;
using Portal.Thai;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Portal.Features.NewSite;

/// <summary>
/// <c>portal init &lt;folder&gt;</c>: a complete new site for a Thai public body, from its name, kind, province and address.
/// What the options do not give is asked on a terminal (Thai first, English beside); without one, the command stops
/// and names what is missing, so a script never hangs on a prompt.
/// </summary>
internal sealed class InitCommand(CliConsole console) : Command<InitSettings>
{
    public const string Name = "init";

    public override int Execute(CommandContext context, InitSettings settings, CancellationToken cancellationToken)
    {
        var interactive = console.Terminal.Profile.Capabilities.Interactive;
        var missing = new (string Option, string? Value)[] { ("--name", settings.Name), ("--kind", settings.Kind), ("--province", settings.Province), ("--url", settings.Url) }
            .Where(o => string.IsNullOrWhiteSpace(o.Value)).Select(o => o.Option).ToList();
        if (missing.Count > 0 && !interactive)
        {
            var names = string.Join(", ", missing);
            throw new UsageException($"ไม่ได้ระบุ {names} และไม่มีหน้าจอให้ถาม", $"missing {names}, and there is no terminal to ask on");
        }

        var currentYear = FiscalYear.Containing(BuildDate.Resolve(AsOfOption.Parse(settings.AsOf)));
        var answers = new NewSiteAnswers(
            Given(settings.Name, v => NewSiteAnswers.ParseName(v, "--name")) ?? Ask("ชื่อหน่วยงานภาษาไทย (the body's Thai name):", v => NewSiteAnswers.ParseName(v, "--name")),
            Given(settings.NameEn, v => NewSiteAnswers.ParseName(v, "--name-en")),
            Given(settings.Kind, ParseKind) ?? AskKind(),
            Given(settings.Province, ParseProvince) ?? Ask("จังหวัด (the province, in Thai):", ParseProvince),
            Given(settings.Url, NewSiteAnswers.ParseBaseUrl) ?? Ask("ที่อยู่เว็บไซต์ เช่น https://www.nongphai.go.th (the site's https address):", NewSiteAnswers.ParseBaseUrl));

        var written = NewSiteTemplate.Write(settings.Folder, answers, currentYear);
        console.Output.WriteLine($"สร้างเว็บไซต์ของ{answers.Name}ใน {settings.Folder} แล้ว: {written.Count} ไฟล์ (wrote a new site into {settings.Folder}: {written.Count} files)");
        console.Output.WriteLine($"ขั้นต่อไป (next): cd {settings.Folder} แล้ว dotnet tool restore และ dotnet portal serve เพื่อดูตัวอย่าง (to preview)");
        console.Output.WriteLine("                 กรอกข้อมูลที่ยังรอยืนยันใน input/_data/site.yml, input/_data/complaint-channels.yml และกรอบ \"ข้อมูลที่เจ้าหน้าที่ต้องกรอก\"");
        console.Output.WriteLine("                 dotnet portal build เตือนทุกรายการที่ยังรอ (the build warns about every fact still pending; docs/new-agency.md)");
        return ExitCodes.Success;
    }

    /// <summary>An option's value, parsed; null when the option was not given (or given blank).</summary>
    private static T? Given<T>(string? value, Func<string, T> parse)
        where T : class => string.IsNullOrWhiteSpace(value) ? null : parse(value);

    /// <summary>Asks until the answer parses; the parser's Thai and English message says what is wrong.</summary>
    private string Ask(string question, Func<string, string> parse)
    {
        var prompt = new TextPrompt<string>(question).Validate(answer =>
        {
            try
            {
                parse(answer);
                return ValidationResult.Success();
            }
            catch (UsageException e)
            {
                return ValidationResult.Error(Markup.Escape($"{e.ThaiMessage} ({e.Message})"));
            }
        });
        return parse(console.Terminal.Prompt(prompt));
    }

    private static OrganizationKind ParseKind(string value) => OrganizationKind.Find(value) ?? throw new UsageException(
        $"--kind ไม่รู้จักประเภท '{value}' ใช้ได้: municipality หรือ เทศบาล, subdistrict หรือ อบต., provincial หรือ อบจ., agency หรือ อื่น ๆ",
        $"--kind: unknown kind '{value}'; use municipality, subdistrict, provincial or agency");

    private static string ParseProvince(string value) => ThaiProvinces.Find(value)?.Thai ?? throw new UsageException(
        $"--province ไม่รู้จักจังหวัด '{value}' ใส่ชื่อจังหวัดภาษาไทย เช่น เชียงใหม่ หรือ กรุงเทพมหานคร",
        $"--province: '{value}' is not one of Thailand's 77 provinces; give its Thai name, e.g. เชียงใหม่ or กรุงเทพมหานคร");

    private OrganizationKind AskKind() => console.Terminal.Prompt(
        new SelectionPrompt<OrganizationKind>()
            .Title("ประเภทของหน่วยงาน (the kind of body):")
            .AddChoices(OrganizationKind.All)
            .UseConverter(k => Markup.Escape(k.ToString())));
}
