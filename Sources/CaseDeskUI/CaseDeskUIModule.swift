public enum CaseDeskUIModule {}
