using System.CommandLine;
using System.Net;

namespace Site.Cli.Commands;

/// <summary>The <c>--port</c> option of <c>site serve</c>: a TCP port, 0 for any free one.</summary>
internal static class PortOption
{
    public static Option<int> Create(int defaultPort)
    {
        var option = new Option<int>("--port") { Description = "Port to listen on (0: any free port)", DefaultValueFactory = _ => defaultPort };
        option.Validators.Add(result =>
        {
            var port = result.GetValueOrDefault<int>();
            if (port is < 0 or > IPEndPoint.MaxPort)
            {
                result.AddError($"--port must be a port number from 0 to {IPEndPoint.MaxPort} (0: any free port), not {port}");
            }
        });
        return option;
    }
}
