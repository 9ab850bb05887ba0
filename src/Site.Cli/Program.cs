using Site.Cli;

return await SiteCommandLine.RunAsync(args, Console.Out, Console.Error, environment: Environment.GetEnvironmentVariable, ownProcess: true);
