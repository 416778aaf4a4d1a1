import { testCheck } from "../../../test/support/check-table.js";
import table from "./line-redundancy.cases.js";
import check from "./line-redundancy.js";

testCheck(check, table);
