import { testCheck } from "../../../test/support/check-table.js";
import table from "./patches-within-sla.cases.js";
import check from "./patches-within-sla.js";

testCheck(check, table);
