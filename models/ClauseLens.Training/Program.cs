Console.WriteLine("training helper owns this");
