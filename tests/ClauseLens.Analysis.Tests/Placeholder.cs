public class Placeholder { [Fact] public void Nothing() {} }
