package org.mingjing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * 明镜 — the administrative-enforcement platform of a civil-affairs bureau: publicity, full-process recording
 * and legal review of major decisions (the "三项制度").
 */
@SpringBootApplication
@EnableAsync
public class MingjingApplication {

    public static void main(String[] args) {
        SpringApplication.run(MingjingApplication.class, args);
    }
}
