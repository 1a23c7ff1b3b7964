// Generated from src/config/variables.ts by `npm run generate`. Do not edit.
"use strict";
export const environment = validate10;
const schema11 = {"type":"object","properties":{"PORT":{"type":"integer","minimum":0,"maximum":65535,"default":3000},"HOST":{"type":"string","default":"127.0.0.1"},"DATABASE_URL":{"type":"string","pattern":"^(sqlite:|postgres(ql)?://)"},"DATA_DIR":{"type":"string","default":"./data"},"LOG_LEVEL":{"type":"string","enum":["fatal","error","warn","info","debug","trace","silent"],"default":"info"},"NODE_ENV":{"type":"string","default":"development"},"RATE_LIMIT_PER_MINUTE":{"type":"integer","minimum":1,"maximum":1000000,"default":600},"RATE_LIMIT_REDIS_URL":{"type":"string","pattern":"^rediss?://"},"AUTH_FAILURES_PER_MINUTE":{"type":"integer","minimum":1,"maximum":100000,"default":20},"REQUEST_TIMEOUT_MS":{"type":"integer","minimum":1000,"maximum":3600000,"default":60000},"HEADERS_TIMEOUT_MS":{"type":"integer","minimum":500,"maximum":120000,"default":10000},"KEEP_ALIVE_TIMEOUT_MS":{"type":"integer","minimum":100,"maximum":120000,"default":5000},"MAX_CONNECTIONS":{"type":"integer","minimum":10,"maximum":100000,"default":1000},"MAX_CONNECTIONS_PER_ADDRESS":{"type":"integer","minimum":0,"maximum":100000},"MIN_BODY_BYTES_PER_SECOND":{"type":"integer","minimum":0,"maximum":1000000000,"default":1024},"SHARE_BASE_URL":{"type":"string","pattern":"^https?://[^/]+"},"JSON_BODY_LIMIT_BYTES":{"type":"integer","minimum":1024,"maximum":52428800,"default":1048576},"API_KEY_CACHE_SECONDS":{"type":"integer","minimum":0,"maximum":300,"default":10},"WEBHOOK_SECRET_KEY":{"type":"string"},"WEBHOOK_ALLOW_PRIVATE_TARGETS":{"type":"string","enum":["true","1","yes","on","false","0","no","off"]},"WEBHOOK_TIMEOUT_MS":{"type":"integer","minimum":100,"maximum":60000,"default":15000},"WEBHOOK_RETRY_SCHEDULE":{"type":"string","pattern":"^\\s*\\d+(\\.\\d+)?\\s*(,\\s*\\d+(\\.\\d+)?\\s*){0,49}$","default":"0,5,300,1800,7200,18000,36000,50400,72000,86400"},"WEBHOOK_CONCURRENCY":{"type":"integer","minimum":1,"maximum":1000,"default":50},"WEBHOOK_ENDPOINT_CONCURRENCY":{"type":"integer","minimum":1,"maximum":100,"default":10},"WEBHOOK_POLL_MS":{"type":"integer","minimum":10,"maximum":60000,"default":1000},"DELIVERY_WORKER":{"type":"string","enum":["true","1","yes","on","false","0","no","off"],"default":"true"},"EXPIRY_SCHEDULER":{"type":"string","enum":["true","1","yes","on","false","0","no","off"],"default":"true"},"PHOTO_MAX_BYTES":{"type":"integer","minimum":1024,"maximum":1073741824,"default":52428800},"IDEMPOTENCY_KEY_HOURS":{"type":"integer","minimum":1,"maximum":720,"default":24},"IMAGE_CONCURRENCY":{"type":"integer","minimum":1,"maximum":64,"default":4},"IMAGE_MEGAPIXELS_AT_ONCE":{"type":"integer","minimum":1,"maximum":100000,"default":250},"IMAGE_QUEUE_LENGTH":{"type":"integer","minimum":0,"maximum":10000,"default":32},"STORAGE":{"type":"string","enum":["local","s3"],"default":"local"},"S3_BUCKET":{"type":"string"},"S3_ENDPOINT":{"type":"string"},"S3_REGION":{"type":"string","default":"us-east-1"},"S3_ACCESS_KEY_ID":{"type":"string"},"S3_SECRET_ACCESS_KEY":{"type":"string"},"S3_FORCE_PATH_STYLE":{"type":"string","enum":["true","1","yes","on","false","0","no","off"]},"S3_PREFIX":{"type":"string","default":""},"SHARE_ACCESS_TOKEN_MINUTES":{"type":"integer","minimum":1,"maximum":10080,"default":120},"SHARE_PASSWORD_ATTEMPTS":{"type":"integer","minimum":1,"maximum":10000,"default":10},"SHARE_REQUESTS_PER_MINUTE":{"type":"integer","minimum":1,"maximum":1000000,"default":600},"TRUST_PROXY":{"type":"string","pattern":"^\\s*(true|false|[0-9]{1,2}|[0-9A-Fa-f.:/]+(\\s*,\\s*[0-9A-Fa-f.:/]+)*)\\s*$","default":"false"}}};
const pattern0 = new RegExp("^(sqlite:|postgres(ql)?://)", "u");
const pattern1 = new RegExp("^rediss?://", "u");
const pattern2 = new RegExp("^https?://[^/]+", "u");
const pattern3 = new RegExp("^\\s*\\d+(\\.\\d+)?\\s*(,\\s*\\d+(\\.\\d+)?\\s*){0,49}$", "u");
const pattern4 = new RegExp("^\\s*(true|false|[0-9]{1,2}|[0-9A-Fa-f.:/]+(\\s*,\\s*[0-9A-Fa-f.:/]+)*)\\s*$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.PORT === undefined){
data.PORT = 3000;
}
if(data.HOST === undefined){
data.HOST = "127.0.0.1";
}
if(data.DATA_DIR === undefined){
data.DATA_DIR = "./data";
}
if(data.LOG_LEVEL === undefined){
data.LOG_LEVEL = "info";
}
if(data.NODE_ENV === undefined){
data.NODE_ENV = "development";
}
if(data.RATE_LIMIT_PER_MINUTE === undefined){
data.RATE_LIMIT_PER_MINUTE = 600;
}
if(data.AUTH_FAILURES_PER_MINUTE === undefined){
data.AUTH_FAILURES_PER_MINUTE = 20;
}
if(data.REQUEST_TIMEOUT_MS === undefined){
data.REQUEST_TIMEOUT_MS = 60000;
}
if(data.HEADERS_TIMEOUT_MS === undefined){
data.HEADERS_TIMEOUT_MS = 10000;
}
if(data.KEEP_ALIVE_TIMEOUT_MS === undefined){
data.KEEP_ALIVE_TIMEOUT_MS = 5000;
}
if(data.MAX_CONNECTIONS === undefined){
data.MAX_CONNECTIONS = 1000;
}
if(data.MIN_BODY_BYTES_PER_SECOND === undefined){
data.MIN_BODY_BYTES_PER_SECOND = 1024;
}
if(data.JSON_BODY_LIMIT_BYTES === undefined){
data.JSON_BODY_LIMIT_BYTES = 1048576;
}
if(data.API_KEY_CACHE_SECONDS === undefined){
data.API_KEY_CACHE_SECONDS = 10;
}
if(data.WEBHOOK_TIMEOUT_MS === undefined){
data.WEBHOOK_TIMEOUT_MS = 15000;
}
if(data.WEBHOOK_RETRY_SCHEDULE === undefined){
data.WEBHOOK_RETRY_SCHEDULE = "0,5,300,1800,7200,18000,36000,50400,72000,86400";
}
if(data.WEBHOOK_CONCURRENCY === undefined){
data.WEBHOOK_CONCURRENCY = 50;
}
if(data.WEBHOOK_ENDPOINT_CONCURRENCY === undefined){
data.WEBHOOK_ENDPOINT_CONCURRENCY = 10;
}
if(data.WEBHOOK_POLL_MS === undefined){
data.WEBHOOK_POLL_MS = 1000;
}
if(data.DELIVERY_WORKER === undefined){
data.DELIVERY_WORKER = "true";
}
if(data.EXPIRY_SCHEDULER === undefined){
data.EXPIRY_SCHEDULER = "true";
}
if(data.PHOTO_MAX_BYTES === undefined){
data.PHOTO_MAX_BYTES = 52428800;
}
if(data.IDEMPOTENCY_KEY_HOURS === undefined){
data.IDEMPOTENCY_KEY_HOURS = 24;
}
if(data.IMAGE_CONCURRENCY === undefined){
data.IMAGE_CONCURRENCY = 4;
}
if(data.IMAGE_MEGAPIXELS_AT_ONCE === undefined){
data.IMAGE_MEGAPIXELS_AT_ONCE = 250;
}
if(data.IMAGE_QUEUE_LENGTH === undefined){
data.IMAGE_QUEUE_LENGTH = 32;
}
if(data.STORAGE === undefined){
data.STORAGE = "local";
}
if(data.S3_REGION === undefined){
data.S3_REGION = "us-east-1";
}
if(data.S3_PREFIX === undefined){
data.S3_PREFIX = "";
}
if(data.SHARE_ACCESS_TOKEN_MINUTES === undefined){
data.SHARE_ACCESS_TOKEN_MINUTES = 120;
}
if(data.SHARE_PASSWORD_ATTEMPTS === undefined){
data.SHARE_PASSWORD_ATTEMPTS = 10;
}
if(data.SHARE_REQUESTS_PER_MINUTE === undefined){
data.SHARE_REQUESTS_PER_MINUTE = 600;
}
if(data.TRUST_PROXY === undefined){
data.TRUST_PROXY = "false";
}
let data0 = data.PORT;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 === "boolean" || data0 === null
              || (dataType0 === "string" && data0 && data0 == +data0 && !(data0 % 1))){
coerced0 = +data0;
}
else {
const err0 = {instancePath:instancePath+"/PORT",schemaPath:"#/properties/PORT/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["PORT"] = coerced0;
}
}
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 65535 || isNaN(data0)){
const err1 = {instancePath:instancePath+"/PORT",schemaPath:"#/properties/PORT/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/PORT",schemaPath:"#/properties/PORT/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
let data1 = data.HOST;
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
const err3 = {instancePath:instancePath+"/HOST",schemaPath:"#/properties/HOST/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["HOST"] = coerced1;
}
}
}
if(data.DATABASE_URL !== undefined){
let data2 = data.DATABASE_URL;
if(typeof data2 !== "string"){
let dataType2 = typeof data2;
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(dataType2 == "number" || dataType2 == "boolean"){
coerced2 = "" + data2;
}
else if(data2 === null){
coerced2 = "";
}
else {
const err4 = {instancePath:instancePath+"/DATABASE_URL",schemaPath:"#/properties/DATABASE_URL/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data !== undefined){
data["DATABASE_URL"] = coerced2;
}
}
}
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err5 = {instancePath:instancePath+"/DATABASE_URL",schemaPath:"#/properties/DATABASE_URL/pattern",keyword:"pattern",params:{pattern: "^(sqlite:|postgres(ql)?://)"},message:"must match pattern \""+"^(sqlite:|postgres(ql)?://)"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
let data3 = data.DATA_DIR;
if(typeof data3 !== "string"){
let dataType3 = typeof data3;
let coerced3 = undefined;
if(!(coerced3 !== undefined)){
if(dataType3 == "number" || dataType3 == "boolean"){
coerced3 = "" + data3;
}
else if(data3 === null){
coerced3 = "";
}
else {
const err6 = {instancePath:instancePath+"/DATA_DIR",schemaPath:"#/properties/DATA_DIR/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(coerced3 !== undefined){
data3 = coerced3;
if(data !== undefined){
data["DATA_DIR"] = coerced3;
}
}
}
let data4 = data.LOG_LEVEL;
if(typeof data4 !== "string"){
let dataType4 = typeof data4;
let coerced4 = undefined;
if(!(coerced4 !== undefined)){
if(dataType4 == "number" || dataType4 == "boolean"){
coerced4 = "" + data4;
}
else if(data4 === null){
coerced4 = "";
}
else {
const err7 = {instancePath:instancePath+"/LOG_LEVEL",schemaPath:"#/properties/LOG_LEVEL/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(coerced4 !== undefined){
data4 = coerced4;
if(data !== undefined){
data["LOG_LEVEL"] = coerced4;
}
}
}
if(!(((((((data4 === "fatal") || (data4 === "error")) || (data4 === "warn")) || (data4 === "info")) || (data4 === "debug")) || (data4 === "trace")) || (data4 === "silent"))){
const err8 = {instancePath:instancePath+"/LOG_LEVEL",schemaPath:"#/properties/LOG_LEVEL/enum",keyword:"enum",params:{allowedValues: schema11.properties.LOG_LEVEL.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
let data5 = data.NODE_ENV;
if(typeof data5 !== "string"){
let dataType5 = typeof data5;
let coerced5 = undefined;
if(!(coerced5 !== undefined)){
if(dataType5 == "number" || dataType5 == "boolean"){
coerced5 = "" + data5;
}
else if(data5 === null){
coerced5 = "";
}
else {
const err9 = {instancePath:instancePath+"/NODE_ENV",schemaPath:"#/properties/NODE_ENV/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(coerced5 !== undefined){
data5 = coerced5;
if(data !== undefined){
data["NODE_ENV"] = coerced5;
}
}
}
let data6 = data.RATE_LIMIT_PER_MINUTE;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
let dataType6 = typeof data6;
let coerced6 = undefined;
if(!(coerced6 !== undefined)){
if(dataType6 === "boolean" || data6 === null
              || (dataType6 === "string" && data6 && data6 == +data6 && !(data6 % 1))){
coerced6 = +data6;
}
else {
const err10 = {instancePath:instancePath+"/RATE_LIMIT_PER_MINUTE",schemaPath:"#/properties/RATE_LIMIT_PER_MINUTE/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(coerced6 !== undefined){
data6 = coerced6;
if(data !== undefined){
data["RATE_LIMIT_PER_MINUTE"] = coerced6;
}
}
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 1000000 || isNaN(data6)){
const err11 = {instancePath:instancePath+"/RATE_LIMIT_PER_MINUTE",schemaPath:"#/properties/RATE_LIMIT_PER_MINUTE/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data6 < 1 || isNaN(data6)){
const err12 = {instancePath:instancePath+"/RATE_LIMIT_PER_MINUTE",schemaPath:"#/properties/RATE_LIMIT_PER_MINUTE/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.RATE_LIMIT_REDIS_URL !== undefined){
let data7 = data.RATE_LIMIT_REDIS_URL;
if(typeof data7 !== "string"){
let dataType7 = typeof data7;
let coerced7 = undefined;
if(!(coerced7 !== undefined)){
if(dataType7 == "number" || dataType7 == "boolean"){
coerced7 = "" + data7;
}
else if(data7 === null){
coerced7 = "";
}
else {
const err13 = {instancePath:instancePath+"/RATE_LIMIT_REDIS_URL",schemaPath:"#/properties/RATE_LIMIT_REDIS_URL/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(coerced7 !== undefined){
data7 = coerced7;
if(data !== undefined){
data["RATE_LIMIT_REDIS_URL"] = coerced7;
}
}
}
if(typeof data7 === "string"){
if(!pattern1.test(data7)){
const err14 = {instancePath:instancePath+"/RATE_LIMIT_REDIS_URL",schemaPath:"#/properties/RATE_LIMIT_REDIS_URL/pattern",keyword:"pattern",params:{pattern: "^rediss?://"},message:"must match pattern \""+"^rediss?://"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
let data8 = data.AUTH_FAILURES_PER_MINUTE;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
let dataType8 = typeof data8;
let coerced8 = undefined;
if(!(coerced8 !== undefined)){
if(dataType8 === "boolean" || data8 === null
              || (dataType8 === "string" && data8 && data8 == +data8 && !(data8 % 1))){
coerced8 = +data8;
}
else {
const err15 = {instancePath:instancePath+"/AUTH_FAILURES_PER_MINUTE",schemaPath:"#/properties/AUTH_FAILURES_PER_MINUTE/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(coerced8 !== undefined){
data8 = coerced8;
if(data !== undefined){
data["AUTH_FAILURES_PER_MINUTE"] = coerced8;
}
}
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 100000 || isNaN(data8)){
const err16 = {instancePath:instancePath+"/AUTH_FAILURES_PER_MINUTE",schemaPath:"#/properties/AUTH_FAILURES_PER_MINUTE/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data8 < 1 || isNaN(data8)){
const err17 = {instancePath:instancePath+"/AUTH_FAILURES_PER_MINUTE",schemaPath:"#/properties/AUTH_FAILURES_PER_MINUTE/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
let data9 = data.REQUEST_TIMEOUT_MS;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
let dataType9 = typeof data9;
let coerced9 = undefined;
if(!(coerced9 !== undefined)){
if(dataType9 === "boolean" || data9 === null
              || (dataType9 === "string" && data9 && data9 == +data9 && !(data9 % 1))){
coerced9 = +data9;
}
else {
const err18 = {instancePath:instancePath+"/REQUEST_TIMEOUT_MS",schemaPath:"#/properties/REQUEST_TIMEOUT_MS/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(coerced9 !== undefined){
data9 = coerced9;
if(data !== undefined){
data["REQUEST_TIMEOUT_MS"] = coerced9;
}
}
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 3600000 || isNaN(data9)){
const err19 = {instancePath:instancePath+"/REQUEST_TIMEOUT_MS",schemaPath:"#/properties/REQUEST_TIMEOUT_MS/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600000},message:"must be <= 3600000"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data9 < 1000 || isNaN(data9)){
const err20 = {instancePath:instancePath+"/REQUEST_TIMEOUT_MS",schemaPath:"#/properties/REQUEST_TIMEOUT_MS/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1000},message:"must be >= 1000"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
let data10 = data.HEADERS_TIMEOUT_MS;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
let dataType10 = typeof data10;
let coerced10 = undefined;
if(!(coerced10 !== undefined)){
if(dataType10 === "boolean" || data10 === null
              || (dataType10 === "string" && data10 && data10 == +data10 && !(data10 % 1))){
coerced10 = +data10;
}
else {
const err21 = {instancePath:instancePath+"/HEADERS_TIMEOUT_MS",schemaPath:"#/properties/HEADERS_TIMEOUT_MS/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(coerced10 !== undefined){
data10 = coerced10;
if(data !== undefined){
data["HEADERS_TIMEOUT_MS"] = coerced10;
}
}
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 120000 || isNaN(data10)){
const err22 = {instancePath:instancePath+"/HEADERS_TIMEOUT_MS",schemaPath:"#/properties/HEADERS_TIMEOUT_MS/maximum",keyword:"maximum",params:{comparison: "<=", limit: 120000},message:"must be <= 120000"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data10 < 500 || isNaN(data10)){
const err23 = {instancePath:instancePath+"/HEADERS_TIMEOUT_MS",schemaPath:"#/properties/HEADERS_TIMEOUT_MS/minimum",keyword:"minimum",params:{comparison: ">=", limit: 500},message:"must be >= 500"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
let data11 = data.KEEP_ALIVE_TIMEOUT_MS;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
let dataType11 = typeof data11;
let coerced11 = undefined;
if(!(coerced11 !== undefined)){
if(dataType11 === "boolean" || data11 === null
              || (dataType11 === "string" && data11 && data11 == +data11 && !(data11 % 1))){
coerced11 = +data11;
}
else {
const err24 = {instancePath:instancePath+"/KEEP_ALIVE_TIMEOUT_MS",schemaPath:"#/properties/KEEP_ALIVE_TIMEOUT_MS/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(coerced11 !== undefined){
data11 = coerced11;
if(data !== undefined){
data["KEEP_ALIVE_TIMEOUT_MS"] = coerced11;
}
}
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 120000 || isNaN(data11)){
const err25 = {instancePath:instancePath+"/KEEP_ALIVE_TIMEOUT_MS",schemaPath:"#/properties/KEEP_ALIVE_TIMEOUT_MS/maximum",keyword:"maximum",params:{comparison: "<=", limit: 120000},message:"must be <= 120000"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data11 < 100 || isNaN(data11)){
const err26 = {instancePath:instancePath+"/KEEP_ALIVE_TIMEOUT_MS",schemaPath:"#/properties/KEEP_ALIVE_TIMEOUT_MS/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
let data12 = data.MAX_CONNECTIONS;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
let dataType12 = typeof data12;
let coerced12 = undefined;
if(!(coerced12 !== undefined)){
if(dataType12 === "boolean" || data12 === null
              || (dataType12 === "string" && data12 && data12 == +data12 && !(data12 % 1))){
coerced12 = +data12;
}
else {
const err27 = {instancePath:instancePath+"/MAX_CONNECTIONS",schemaPath:"#/properties/MAX_CONNECTIONS/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(coerced12 !== undefined){
data12 = coerced12;
if(data !== undefined){
data["MAX_CONNECTIONS"] = coerced12;
}
}
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 100000 || isNaN(data12)){
const err28 = {instancePath:instancePath+"/MAX_CONNECTIONS",schemaPath:"#/properties/MAX_CONNECTIONS/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data12 < 10 || isNaN(data12)){
const err29 = {instancePath:instancePath+"/MAX_CONNECTIONS",schemaPath:"#/properties/MAX_CONNECTIONS/minimum",keyword:"minimum",params:{comparison: ">=", limit: 10},message:"must be >= 10"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.MAX_CONNECTIONS_PER_ADDRESS !== undefined){
let data13 = data.MAX_CONNECTIONS_PER_ADDRESS;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
let dataType13 = typeof data13;
let coerced13 = undefined;
if(!(coerced13 !== undefined)){
if(dataType13 === "boolean" || data13 === null
              || (dataType13 === "string" && data13 && data13 == +data13 && !(data13 % 1))){
coerced13 = +data13;
}
else {
const err30 = {instancePath:instancePath+"/MAX_CONNECTIONS_PER_ADDRESS",schemaPath:"#/properties/MAX_CONNECTIONS_PER_ADDRESS/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(coerced13 !== undefined){
data13 = coerced13;
if(data !== undefined){
data["MAX_CONNECTIONS_PER_ADDRESS"] = coerced13;
}
}
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 100000 || isNaN(data13)){
const err31 = {instancePath:instancePath+"/MAX_CONNECTIONS_PER_ADDRESS",schemaPath:"#/properties/MAX_CONNECTIONS_PER_ADDRESS/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data13 < 0 || isNaN(data13)){
const err32 = {instancePath:instancePath+"/MAX_CONNECTIONS_PER_ADDRESS",schemaPath:"#/properties/MAX_CONNECTIONS_PER_ADDRESS/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
let data14 = data.MIN_BODY_BYTES_PER_SECOND;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
let dataType14 = typeof data14;
let coerced14 = undefined;
if(!(coerced14 !== undefined)){
if(dataType14 === "boolean" || data14 === null
              || (dataType14 === "string" && data14 && data14 == +data14 && !(data14 % 1))){
coerced14 = +data14;
}
else {
const err33 = {instancePath:instancePath+"/MIN_BODY_BYTES_PER_SECOND",schemaPath:"#/properties/MIN_BODY_BYTES_PER_SECOND/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(coerced14 !== undefined){
data14 = coerced14;
if(data !== undefined){
data["MIN_BODY_BYTES_PER_SECOND"] = coerced14;
}
}
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 1000000000 || isNaN(data14)){
const err34 = {instancePath:instancePath+"/MIN_BODY_BYTES_PER_SECOND",schemaPath:"#/properties/MIN_BODY_BYTES_PER_SECOND/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000},message:"must be <= 1000000000"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data14 < 0 || isNaN(data14)){
const err35 = {instancePath:instancePath+"/MIN_BODY_BYTES_PER_SECOND",schemaPath:"#/properties/MIN_BODY_BYTES_PER_SECOND/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.SHARE_BASE_URL !== undefined){
let data15 = data.SHARE_BASE_URL;
if(typeof data15 !== "string"){
let dataType15 = typeof data15;
let coerced15 = undefined;
if(!(coerced15 !== undefined)){
if(dataType15 == "number" || dataType15 == "boolean"){
coerced15 = "" + data15;
}
else if(data15 === null){
coerced15 = "";
}
else {
const err36 = {instancePath:instancePath+"/SHARE_BASE_URL",schemaPath:"#/properties/SHARE_BASE_URL/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(coerced15 !== undefined){
data15 = coerced15;
if(data !== undefined){
data["SHARE_BASE_URL"] = coerced15;
}
}
}
if(typeof data15 === "string"){
if(!pattern2.test(data15)){
const err37 = {instancePath:instancePath+"/SHARE_BASE_URL",schemaPath:"#/properties/SHARE_BASE_URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^/]+"},message:"must match pattern \""+"^https?://[^/]+"+"\""};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
let data16 = data.JSON_BODY_LIMIT_BYTES;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
let dataType16 = typeof data16;
let coerced16 = undefined;
if(!(coerced16 !== undefined)){
if(dataType16 === "boolean" || data16 === null
              || (dataType16 === "string" && data16 && data16 == +data16 && !(data16 % 1))){
coerced16 = +data16;
}
else {
const err38 = {instancePath:instancePath+"/JSON_BODY_LIMIT_BYTES",schemaPath:"#/properties/JSON_BODY_LIMIT_BYTES/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(coerced16 !== undefined){
data16 = coerced16;
if(data !== undefined){
data["JSON_BODY_LIMIT_BYTES"] = coerced16;
}
}
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 > 52428800 || isNaN(data16)){
const err39 = {instancePath:instancePath+"/JSON_BODY_LIMIT_BYTES",schemaPath:"#/properties/JSON_BODY_LIMIT_BYTES/maximum",keyword:"maximum",params:{comparison: "<=", limit: 52428800},message:"must be <= 52428800"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data16 < 1024 || isNaN(data16)){
const err40 = {instancePath:instancePath+"/JSON_BODY_LIMIT_BYTES",schemaPath:"#/properties/JSON_BODY_LIMIT_BYTES/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1024},message:"must be >= 1024"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
let data17 = data.API_KEY_CACHE_SECONDS;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
let dataType17 = typeof data17;
let coerced17 = undefined;
if(!(coerced17 !== undefined)){
if(dataType17 === "boolean" || data17 === null
              || (dataType17 === "string" && data17 && data17 == +data17 && !(data17 % 1))){
coerced17 = +data17;
}
else {
const err41 = {instancePath:instancePath+"/API_KEY_CACHE_SECONDS",schemaPath:"#/properties/API_KEY_CACHE_SECONDS/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(coerced17 !== undefined){
data17 = coerced17;
if(data !== undefined){
data["API_KEY_CACHE_SECONDS"] = coerced17;
}
}
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 > 300 || isNaN(data17)){
const err42 = {instancePath:instancePath+"/API_KEY_CACHE_SECONDS",schemaPath:"#/properties/API_KEY_CACHE_SECONDS/maximum",keyword:"maximum",params:{comparison: "<=", limit: 300},message:"must be <= 300"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data17 < 0 || isNaN(data17)){
const err43 = {instancePath:instancePath+"/API_KEY_CACHE_SECONDS",schemaPath:"#/properties/API_KEY_CACHE_SECONDS/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.WEBHOOK_SECRET_KEY !== undefined){
let data18 = data.WEBHOOK_SECRET_KEY;
if(typeof data18 !== "string"){
let dataType18 = typeof data18;
let coerced18 = undefined;
if(!(coerced18 !== undefined)){
if(dataType18 == "number" || dataType18 == "boolean"){
coerced18 = "" + data18;
}
else if(data18 === null){
coerced18 = "";
}
else {
const err44 = {instancePath:instancePath+"/WEBHOOK_SECRET_KEY",schemaPath:"#/properties/WEBHOOK_SECRET_KEY/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(coerced18 !== undefined){
data18 = coerced18;
if(data !== undefined){
data["WEBHOOK_SECRET_KEY"] = coerced18;
}
}
}
}
if(data.WEBHOOK_ALLOW_PRIVATE_TARGETS !== undefined){
let data19 = data.WEBHOOK_ALLOW_PRIVATE_TARGETS;
if(typeof data19 !== "string"){
let dataType19 = typeof data19;
let coerced19 = undefined;
if(!(coerced19 !== undefined)){
if(dataType19 == "number" || dataType19 == "boolean"){
coerced19 = "" + data19;
}
else if(data19 === null){
coerced19 = "";
}
else {
const err45 = {instancePath:instancePath+"/WEBHOOK_ALLOW_PRIVATE_TARGETS",schemaPath:"#/properties/WEBHOOK_ALLOW_PRIVATE_TARGETS/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(coerced19 !== undefined){
data19 = coerced19;
if(data !== undefined){
data["WEBHOOK_ALLOW_PRIVATE_TARGETS"] = coerced19;
}
}
}
if(!((((((((data19 === "true") || (data19 === "1")) || (data19 === "yes")) || (data19 === "on")) || (data19 === "false")) || (data19 === "0")) || (data19 === "no")) || (data19 === "off"))){
const err46 = {instancePath:instancePath+"/WEBHOOK_ALLOW_PRIVATE_TARGETS",schemaPath:"#/properties/WEBHOOK_ALLOW_PRIVATE_TARGETS/enum",keyword:"enum",params:{allowedValues: schema11.properties.WEBHOOK_ALLOW_PRIVATE_TARGETS.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
let data20 = data.WEBHOOK_TIMEOUT_MS;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
let dataType20 = typeof data20;
let coerced20 = undefined;
if(!(coerced20 !== undefined)){
if(dataType20 === "boolean" || data20 === null
              || (dataType20 === "string" && data20 && data20 == +data20 && !(data20 % 1))){
coerced20 = +data20;
}
else {
const err47 = {instancePath:instancePath+"/WEBHOOK_TIMEOUT_MS",schemaPath:"#/properties/WEBHOOK_TIMEOUT_MS/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(coerced20 !== undefined){
data20 = coerced20;
if(data !== undefined){
data["WEBHOOK_TIMEOUT_MS"] = coerced20;
}
}
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 > 60000 || isNaN(data20)){
const err48 = {instancePath:instancePath+"/WEBHOOK_TIMEOUT_MS",schemaPath:"#/properties/WEBHOOK_TIMEOUT_MS/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data20 < 100 || isNaN(data20)){
const err49 = {instancePath:instancePath+"/WEBHOOK_TIMEOUT_MS",schemaPath:"#/properties/WEBHOOK_TIMEOUT_MS/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
let data21 = data.WEBHOOK_RETRY_SCHEDULE;
if(typeof data21 !== "string"){
let dataType21 = typeof data21;
let coerced21 = undefined;
if(!(coerced21 !== undefined)){
if(dataType21 == "number" || dataType21 == "boolean"){
coerced21 = "" + data21;
}
else if(data21 === null){
coerced21 = "";
}
else {
const err50 = {instancePath:instancePath+"/WEBHOOK_RETRY_SCHEDULE",schemaPath:"#/properties/WEBHOOK_RETRY_SCHEDULE/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(coerced21 !== undefined){
data21 = coerced21;
if(data !== undefined){
data["WEBHOOK_RETRY_SCHEDULE"] = coerced21;
}
}
}
if(typeof data21 === "string"){
if(!pattern3.test(data21)){
const err51 = {instancePath:instancePath+"/WEBHOOK_RETRY_SCHEDULE",schemaPath:"#/properties/WEBHOOK_RETRY_SCHEDULE/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(,\\s*\\d+(\\.\\d+)?\\s*){0,49}$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(,\\s*\\d+(\\.\\d+)?\\s*){0,49}$"+"\""};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
let data22 = data.WEBHOOK_CONCURRENCY;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
let dataType22 = typeof data22;
let coerced22 = undefined;
if(!(coerced22 !== undefined)){
if(dataType22 === "boolean" || data22 === null
              || (dataType22 === "string" && data22 && data22 == +data22 && !(data22 % 1))){
coerced22 = +data22;
}
else {
const err52 = {instancePath:instancePath+"/WEBHOOK_CONCURRENCY",schemaPath:"#/properties/WEBHOOK_CONCURRENCY/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(coerced22 !== undefined){
data22 = coerced22;
if(data !== undefined){
data["WEBHOOK_CONCURRENCY"] = coerced22;
}
}
}
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 > 1000 || isNaN(data22)){
const err53 = {instancePath:instancePath+"/WEBHOOK_CONCURRENCY",schemaPath:"#/properties/WEBHOOK_CONCURRENCY/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(data22 < 1 || isNaN(data22)){
const err54 = {instancePath:instancePath+"/WEBHOOK_CONCURRENCY",schemaPath:"#/properties/WEBHOOK_CONCURRENCY/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
let data23 = data.WEBHOOK_ENDPOINT_CONCURRENCY;
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
let dataType23 = typeof data23;
let coerced23 = undefined;
if(!(coerced23 !== undefined)){
if(dataType23 === "boolean" || data23 === null
              || (dataType23 === "string" && data23 && data23 == +data23 && !(data23 % 1))){
coerced23 = +data23;
}
else {
const err55 = {instancePath:instancePath+"/WEBHOOK_ENDPOINT_CONCURRENCY",schemaPath:"#/properties/WEBHOOK_ENDPOINT_CONCURRENCY/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(coerced23 !== undefined){
data23 = coerced23;
if(data !== undefined){
data["WEBHOOK_ENDPOINT_CONCURRENCY"] = coerced23;
}
}
}
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 > 100 || isNaN(data23)){
const err56 = {instancePath:instancePath+"/WEBHOOK_ENDPOINT_CONCURRENCY",schemaPath:"#/properties/WEBHOOK_ENDPOINT_CONCURRENCY/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data23 < 1 || isNaN(data23)){
const err57 = {instancePath:instancePath+"/WEBHOOK_ENDPOINT_CONCURRENCY",schemaPath:"#/properties/WEBHOOK_ENDPOINT_CONCURRENCY/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
let data24 = data.WEBHOOK_POLL_MS;
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
let dataType24 = typeof data24;
let coerced24 = undefined;
if(!(coerced24 !== undefined)){
if(dataType24 === "boolean" || data24 === null
              || (dataType24 === "string" && data24 && data24 == +data24 && !(data24 % 1))){
coerced24 = +data24;
}
else {
const err58 = {instancePath:instancePath+"/WEBHOOK_POLL_MS",schemaPath:"#/properties/WEBHOOK_POLL_MS/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(coerced24 !== undefined){
data24 = coerced24;
if(data !== undefined){
data["WEBHOOK_POLL_MS"] = coerced24;
}
}
}
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 > 60000 || isNaN(data24)){
const err59 = {instancePath:instancePath+"/WEBHOOK_POLL_MS",schemaPath:"#/properties/WEBHOOK_POLL_MS/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60000},message:"must be <= 60000"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(data24 < 10 || isNaN(data24)){
const err60 = {instancePath:instancePath+"/WEBHOOK_POLL_MS",schemaPath:"#/properties/WEBHOOK_POLL_MS/minimum",keyword:"minimum",params:{comparison: ">=", limit: 10},message:"must be >= 10"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
let data25 = data.DELIVERY_WORKER;
if(typeof data25 !== "string"){
let dataType25 = typeof data25;
let coerced25 = undefined;
if(!(coerced25 !== undefined)){
if(dataType25 == "number" || dataType25 == "boolean"){
coerced25 = "" + data25;
}
else if(data25 === null){
coerced25 = "";
}
else {
const err61 = {instancePath:instancePath+"/DELIVERY_WORKER",schemaPath:"#/properties/DELIVERY_WORKER/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(coerced25 !== undefined){
data25 = coerced25;
if(data !== undefined){
data["DELIVERY_WORKER"] = coerced25;
}
}
}
if(!((((((((data25 === "true") || (data25 === "1")) || (data25 === "yes")) || (data25 === "on")) || (data25 === "false")) || (data25 === "0")) || (data25 === "no")) || (data25 === "off"))){
const err62 = {instancePath:instancePath+"/DELIVERY_WORKER",schemaPath:"#/properties/DELIVERY_WORKER/enum",keyword:"enum",params:{allowedValues: schema11.properties.DELIVERY_WORKER.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
let data26 = data.EXPIRY_SCHEDULER;
if(typeof data26 !== "string"){
let dataType26 = typeof data26;
let coerced26 = undefined;
if(!(coerced26 !== undefined)){
if(dataType26 == "number" || dataType26 == "boolean"){
coerced26 = "" + data26;
}
else if(data26 === null){
coerced26 = "";
}
else {
const err63 = {instancePath:instancePath+"/EXPIRY_SCHEDULER",schemaPath:"#/properties/EXPIRY_SCHEDULER/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(coerced26 !== undefined){
data26 = coerced26;
if(data !== undefined){
data["EXPIRY_SCHEDULER"] = coerced26;
}
}
}
if(!((((((((data26 === "true") || (data26 === "1")) || (data26 === "yes")) || (data26 === "on")) || (data26 === "false")) || (data26 === "0")) || (data26 === "no")) || (data26 === "off"))){
const err64 = {instancePath:instancePath+"/EXPIRY_SCHEDULER",schemaPath:"#/properties/EXPIRY_SCHEDULER/enum",keyword:"enum",params:{allowedValues: schema11.properties.EXPIRY_SCHEDULER.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
let data27 = data.PHOTO_MAX_BYTES;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
let dataType27 = typeof data27;
let coerced27 = undefined;
if(!(coerced27 !== undefined)){
if(dataType27 === "boolean" || data27 === null
              || (dataType27 === "string" && data27 && data27 == +data27 && !(data27 % 1))){
coerced27 = +data27;
}
else {
const err65 = {instancePath:instancePath+"/PHOTO_MAX_BYTES",schemaPath:"#/properties/PHOTO_MAX_BYTES/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(coerced27 !== undefined){
data27 = coerced27;
if(data !== undefined){
data["PHOTO_MAX_BYTES"] = coerced27;
}
}
}
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 > 1073741824 || isNaN(data27)){
const err66 = {instancePath:instancePath+"/PHOTO_MAX_BYTES",schemaPath:"#/properties/PHOTO_MAX_BYTES/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1073741824},message:"must be <= 1073741824"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(data27 < 1024 || isNaN(data27)){
const err67 = {instancePath:instancePath+"/PHOTO_MAX_BYTES",schemaPath:"#/properties/PHOTO_MAX_BYTES/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1024},message:"must be >= 1024"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
let data28 = data.IDEMPOTENCY_KEY_HOURS;
if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){
let dataType28 = typeof data28;
let coerced28 = undefined;
if(!(coerced28 !== undefined)){
if(dataType28 === "boolean" || data28 === null
              || (dataType28 === "string" && data28 && data28 == +data28 && !(data28 % 1))){
coerced28 = +data28;
}
else {
const err68 = {instancePath:instancePath+"/IDEMPOTENCY_KEY_HOURS",schemaPath:"#/properties/IDEMPOTENCY_KEY_HOURS/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(coerced28 !== undefined){
data28 = coerced28;
if(data !== undefined){
data["IDEMPOTENCY_KEY_HOURS"] = coerced28;
}
}
}
if((typeof data28 == "number") && (isFinite(data28))){
if(data28 > 720 || isNaN(data28)){
const err69 = {instancePath:instancePath+"/IDEMPOTENCY_KEY_HOURS",schemaPath:"#/properties/IDEMPOTENCY_KEY_HOURS/maximum",keyword:"maximum",params:{comparison: "<=", limit: 720},message:"must be <= 720"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(data28 < 1 || isNaN(data28)){
const err70 = {instancePath:instancePath+"/IDEMPOTENCY_KEY_HOURS",schemaPath:"#/properties/IDEMPOTENCY_KEY_HOURS/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
let data29 = data.IMAGE_CONCURRENCY;
if(!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))){
let dataType29 = typeof data29;
let coerced29 = undefined;
if(!(coerced29 !== undefined)){
if(dataType29 === "boolean" || data29 === null
              || (dataType29 === "string" && data29 && data29 == +data29 && !(data29 % 1))){
coerced29 = +data29;
}
else {
const err71 = {instancePath:instancePath+"/IMAGE_CONCURRENCY",schemaPath:"#/properties/IMAGE_CONCURRENCY/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(coerced29 !== undefined){
data29 = coerced29;
if(data !== undefined){
data["IMAGE_CONCURRENCY"] = coerced29;
}
}
}
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 > 64 || isNaN(data29)){
const err72 = {instancePath:instancePath+"/IMAGE_CONCURRENCY",schemaPath:"#/properties/IMAGE_CONCURRENCY/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(data29 < 1 || isNaN(data29)){
const err73 = {instancePath:instancePath+"/IMAGE_CONCURRENCY",schemaPath:"#/properties/IMAGE_CONCURRENCY/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
let data30 = data.IMAGE_MEGAPIXELS_AT_ONCE;
if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){
let dataType30 = typeof data30;
let coerced30 = undefined;
if(!(coerced30 !== undefined)){
if(dataType30 === "boolean" || data30 === null
              || (dataType30 === "string" && data30 && data30 == +data30 && !(data30 % 1))){
coerced30 = +data30;
}
else {
const err74 = {instancePath:instancePath+"/IMAGE_MEGAPIXELS_AT_ONCE",schemaPath:"#/properties/IMAGE_MEGAPIXELS_AT_ONCE/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(coerced30 !== undefined){
data30 = coerced30;
if(data !== undefined){
data["IMAGE_MEGAPIXELS_AT_ONCE"] = coerced30;
}
}
}
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 > 100000 || isNaN(data30)){
const err75 = {instancePath:instancePath+"/IMAGE_MEGAPIXELS_AT_ONCE",schemaPath:"#/properties/IMAGE_MEGAPIXELS_AT_ONCE/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(data30 < 1 || isNaN(data30)){
const err76 = {instancePath:instancePath+"/IMAGE_MEGAPIXELS_AT_ONCE",schemaPath:"#/properties/IMAGE_MEGAPIXELS_AT_ONCE/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
let data31 = data.IMAGE_QUEUE_LENGTH;
if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){
let dataType31 = typeof data31;
let coerced31 = undefined;
if(!(coerced31 !== undefined)){
if(dataType31 === "boolean" || data31 === null
              || (dataType31 === "string" && data31 && data31 == +data31 && !(data31 % 1))){
coerced31 = +data31;
}
else {
const err77 = {instancePath:instancePath+"/IMAGE_QUEUE_LENGTH",schemaPath:"#/properties/IMAGE_QUEUE_LENGTH/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(coerced31 !== undefined){
data31 = coerced31;
if(data !== undefined){
data["IMAGE_QUEUE_LENGTH"] = coerced31;
}
}
}
if((typeof data31 == "number") && (isFinite(data31))){
if(data31 > 10000 || isNaN(data31)){
const err78 = {instancePath:instancePath+"/IMAGE_QUEUE_LENGTH",schemaPath:"#/properties/IMAGE_QUEUE_LENGTH/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(data31 < 0 || isNaN(data31)){
const err79 = {instancePath:instancePath+"/IMAGE_QUEUE_LENGTH",schemaPath:"#/properties/IMAGE_QUEUE_LENGTH/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
let data32 = data.STORAGE;
if(typeof data32 !== "string"){
let dataType32 = typeof data32;
let coerced32 = undefined;
if(!(coerced32 !== undefined)){
if(dataType32 == "number" || dataType32 == "boolean"){
coerced32 = "" + data32;
}
else if(data32 === null){
coerced32 = "";
}
else {
const err80 = {instancePath:instancePath+"/STORAGE",schemaPath:"#/properties/STORAGE/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(coerced32 !== undefined){
data32 = coerced32;
if(data !== undefined){
data["STORAGE"] = coerced32;
}
}
}
if(!((data32 === "local") || (data32 === "s3"))){
const err81 = {instancePath:instancePath+"/STORAGE",schemaPath:"#/properties/STORAGE/enum",keyword:"enum",params:{allowedValues: schema11.properties.STORAGE.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(data.S3_BUCKET !== undefined){
let data33 = data.S3_BUCKET;
if(typeof data33 !== "string"){
let dataType33 = typeof data33;
let coerced33 = undefined;
if(!(coerced33 !== undefined)){
if(dataType33 == "number" || dataType33 == "boolean"){
coerced33 = "" + data33;
}
else if(data33 === null){
coerced33 = "";
}
else {
const err82 = {instancePath:instancePath+"/S3_BUCKET",schemaPath:"#/properties/S3_BUCKET/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(coerced33 !== undefined){
data33 = coerced33;
if(data !== undefined){
data["S3_BUCKET"] = coerced33;
}
}
}
}
if(data.S3_ENDPOINT !== undefined){
let data34 = data.S3_ENDPOINT;
if(typeof data34 !== "string"){
let dataType34 = typeof data34;
let coerced34 = undefined;
if(!(coerced34 !== undefined)){
if(dataType34 == "number" || dataType34 == "boolean"){
coerced34 = "" + data34;
}
else if(data34 === null){
coerced34 = "";
}
else {
const err83 = {instancePath:instancePath+"/S3_ENDPOINT",schemaPath:"#/properties/S3_ENDPOINT/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(coerced34 !== undefined){
data34 = coerced34;
if(data !== undefined){
data["S3_ENDPOINT"] = coerced34;
}
}
}
}
let data35 = data.S3_REGION;
if(typeof data35 !== "string"){
let dataType35 = typeof data35;
let coerced35 = undefined;
if(!(coerced35 !== undefined)){
if(dataType35 == "number" || dataType35 == "boolean"){
coerced35 = "" + data35;
}
else if(data35 === null){
coerced35 = "";
}
else {
const err84 = {instancePath:instancePath+"/S3_REGION",schemaPath:"#/properties/S3_REGION/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(coerced35 !== undefined){
data35 = coerced35;
if(data !== undefined){
data["S3_REGION"] = coerced35;
}
}
}
if(data.S3_ACCESS_KEY_ID !== undefined){
let data36 = data.S3_ACCESS_KEY_ID;
if(typeof data36 !== "string"){
let dataType36 = typeof data36;
let coerced36 = undefined;
if(!(coerced36 !== undefined)){
if(dataType36 == "number" || dataType36 == "boolean"){
coerced36 = "" + data36;
}
else if(data36 === null){
coerced36 = "";
}
else {
const err85 = {instancePath:instancePath+"/S3_ACCESS_KEY_ID",schemaPath:"#/properties/S3_ACCESS_KEY_ID/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(coerced36 !== undefined){
data36 = coerced36;
if(data !== undefined){
data["S3_ACCESS_KEY_ID"] = coerced36;
}
}
}
}
if(data.S3_SECRET_ACCESS_KEY !== undefined){
let data37 = data.S3_SECRET_ACCESS_KEY;
if(typeof data37 !== "string"){
let dataType37 = typeof data37;
let coerced37 = undefined;
if(!(coerced37 !== undefined)){
if(dataType37 == "number" || dataType37 == "boolean"){
coerced37 = "" + data37;
}
else if(data37 === null){
coerced37 = "";
}
else {
const err86 = {instancePath:instancePath+"/S3_SECRET_ACCESS_KEY",schemaPath:"#/properties/S3_SECRET_ACCESS_KEY/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(coerced37 !== undefined){
data37 = coerced37;
if(data !== undefined){
data["S3_SECRET_ACCESS_KEY"] = coerced37;
}
}
}
}
if(data.S3_FORCE_PATH_STYLE !== undefined){
let data38 = data.S3_FORCE_PATH_STYLE;
if(typeof data38 !== "string"){
let dataType38 = typeof data38;
let coerced38 = undefined;
if(!(coerced38 !== undefined)){
if(dataType38 == "number" || dataType38 == "boolean"){
coerced38 = "" + data38;
}
else if(data38 === null){
coerced38 = "";
}
else {
const err87 = {instancePath:instancePath+"/S3_FORCE_PATH_STYLE",schemaPath:"#/properties/S3_FORCE_PATH_STYLE/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(coerced38 !== undefined){
data38 = coerced38;
if(data !== undefined){
data["S3_FORCE_PATH_STYLE"] = coerced38;
}
}
}
if(!((((((((data38 === "true") || (data38 === "1")) || (data38 === "yes")) || (data38 === "on")) || (data38 === "false")) || (data38 === "0")) || (data38 === "no")) || (data38 === "off"))){
const err88 = {instancePath:instancePath+"/S3_FORCE_PATH_STYLE",schemaPath:"#/properties/S3_FORCE_PATH_STYLE/enum",keyword:"enum",params:{allowedValues: schema11.properties.S3_FORCE_PATH_STYLE.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
let data39 = data.S3_PREFIX;
if(typeof data39 !== "string"){
let dataType39 = typeof data39;
let coerced39 = undefined;
if(!(coerced39 !== undefined)){
if(dataType39 == "number" || dataType39 == "boolean"){
coerced39 = "" + data39;
}
else if(data39 === null){
coerced39 = "";
}
else {
const err89 = {instancePath:instancePath+"/S3_PREFIX",schemaPath:"#/properties/S3_PREFIX/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(coerced39 !== undefined){
data39 = coerced39;
if(data !== undefined){
data["S3_PREFIX"] = coerced39;
}
}
}
let data40 = data.SHARE_ACCESS_TOKEN_MINUTES;
if(!(((typeof data40 == "number") && (!(data40 % 1) && !isNaN(data40))) && (isFinite(data40)))){
let dataType40 = typeof data40;
let coerced40 = undefined;
if(!(coerced40 !== undefined)){
if(dataType40 === "boolean" || data40 === null
              || (dataType40 === "string" && data40 && data40 == +data40 && !(data40 % 1))){
coerced40 = +data40;
}
else {
const err90 = {instancePath:instancePath+"/SHARE_ACCESS_TOKEN_MINUTES",schemaPath:"#/properties/SHARE_ACCESS_TOKEN_MINUTES/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(coerced40 !== undefined){
data40 = coerced40;
if(data !== undefined){
data["SHARE_ACCESS_TOKEN_MINUTES"] = coerced40;
}
}
}
if((typeof data40 == "number") && (isFinite(data40))){
if(data40 > 10080 || isNaN(data40)){
const err91 = {instancePath:instancePath+"/SHARE_ACCESS_TOKEN_MINUTES",schemaPath:"#/properties/SHARE_ACCESS_TOKEN_MINUTES/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10080},message:"must be <= 10080"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(data40 < 1 || isNaN(data40)){
const err92 = {instancePath:instancePath+"/SHARE_ACCESS_TOKEN_MINUTES",schemaPath:"#/properties/SHARE_ACCESS_TOKEN_MINUTES/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
let data41 = data.SHARE_PASSWORD_ATTEMPTS;
if(!(((typeof data41 == "number") && (!(data41 % 1) && !isNaN(data41))) && (isFinite(data41)))){
let dataType41 = typeof data41;
let coerced41 = undefined;
if(!(coerced41 !== undefined)){
if(dataType41 === "boolean" || data41 === null
              || (dataType41 === "string" && data41 && data41 == +data41 && !(data41 % 1))){
coerced41 = +data41;
}
else {
const err93 = {instancePath:instancePath+"/SHARE_PASSWORD_ATTEMPTS",schemaPath:"#/properties/SHARE_PASSWORD_ATTEMPTS/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(coerced41 !== undefined){
data41 = coerced41;
if(data !== undefined){
data["SHARE_PASSWORD_ATTEMPTS"] = coerced41;
}
}
}
if((typeof data41 == "number") && (isFinite(data41))){
if(data41 > 10000 || isNaN(data41)){
const err94 = {instancePath:instancePath+"/SHARE_PASSWORD_ATTEMPTS",schemaPath:"#/properties/SHARE_PASSWORD_ATTEMPTS/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(data41 < 1 || isNaN(data41)){
const err95 = {instancePath:instancePath+"/SHARE_PASSWORD_ATTEMPTS",schemaPath:"#/properties/SHARE_PASSWORD_ATTEMPTS/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
let data42 = data.SHARE_REQUESTS_PER_MINUTE;
if(!(((typeof data42 == "number") && (!(data42 % 1) && !isNaN(data42))) && (isFinite(data42)))){
let dataType42 = typeof data42;
let coerced42 = undefined;
if(!(coerced42 !== undefined)){
if(dataType42 === "boolean" || data42 === null
              || (dataType42 === "string" && data42 && data42 == +data42 && !(data42 % 1))){
coerced42 = +data42;
}
else {
const err96 = {instancePath:instancePath+"/SHARE_REQUESTS_PER_MINUTE",schemaPath:"#/properties/SHARE_REQUESTS_PER_MINUTE/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(coerced42 !== undefined){
data42 = coerced42;
if(data !== undefined){
data["SHARE_REQUESTS_PER_MINUTE"] = coerced42;
}
}
}
if((typeof data42 == "number") && (isFinite(data42))){
if(data42 > 1000000 || isNaN(data42)){
const err97 = {instancePath:instancePath+"/SHARE_REQUESTS_PER_MINUTE",schemaPath:"#/properties/SHARE_REQUESTS_PER_MINUTE/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(data42 < 1 || isNaN(data42)){
const err98 = {instancePath:instancePath+"/SHARE_REQUESTS_PER_MINUTE",schemaPath:"#/properties/SHARE_REQUESTS_PER_MINUTE/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
let data43 = data.TRUST_PROXY;
if(typeof data43 !== "string"){
let dataType43 = typeof data43;
let coerced43 = undefined;
if(!(coerced43 !== undefined)){
if(dataType43 == "number" || dataType43 == "boolean"){
coerced43 = "" + data43;
}
else if(data43 === null){
coerced43 = "";
}
else {
const err99 = {instancePath:instancePath+"/TRUST_PROXY",schemaPath:"#/properties/TRUST_PROXY/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(coerced43 !== undefined){
data43 = coerced43;
if(data !== undefined){
data["TRUST_PROXY"] = coerced43;
}
}
}
if(typeof data43 === "string"){
if(!pattern4.test(data43)){
const err100 = {instancePath:instancePath+"/TRUST_PROXY",schemaPath:"#/properties/TRUST_PROXY/pattern",keyword:"pattern",params:{pattern: "^\\s*(true|false|[0-9]{1,2}|[0-9A-Fa-f.:/]+(\\s*,\\s*[0-9A-Fa-f.:/]+)*)\\s*$"},message:"must match pattern \""+"^\\s*(true|false|[0-9]{1,2}|[0-9A-Fa-f.:/]+(\\s*,\\s*[0-9A-Fa-f.:/]+)*)\\s*$"+"\""};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
}
else {
const err101 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
