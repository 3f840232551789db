Console.WriteLine("bench: TODO");
