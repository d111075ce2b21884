package org.policykb.cli;
public class Main { public static void main(String[] a){ System.out.println("java " + Runtime.version() + " 中文 " + String.join(",", a)); } }
