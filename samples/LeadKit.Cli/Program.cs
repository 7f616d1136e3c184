using System;
using System.Threading;
using LeadKit.Cli;
using LeadKit.Cli.Hosting;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C cancels the command (its unit of work is discarded); a second one kills.
    e.Cancel = !cancellation.IsCancellationRequested;
    cancellation.Cancel();
};

return await LeadKitCli.RunAsync(args, CliHost.CreateDefault(), cancellation.Token);
