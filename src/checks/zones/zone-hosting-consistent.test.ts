import { testCheck } from "../../../test/support/check-table.js";
import table from "./zone-hosting-consistent.cases.js";
import check from "./zone-hosting-consistent.js";

testCheck(check, table);
