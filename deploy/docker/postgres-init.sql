-- One database per node; each service creates and migrates its own schema inside it.
CREATE DATABASE tongban_nanjing_gulou;
CREATE DATABASE tongban_changchun_nongan;
CREATE DATABASE tongban_national;
